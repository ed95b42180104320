package testexempt

import (
	"context"
	"testing"

	"example.com/mono/payments/api"
)

func TestRead(t *testing.T) {
	if _, ok := api.AccountFrom(context.Background()); ok {
		t.Fatal("an account from nowhere")
	}
	_ = api.Rates["EUR"]
}
