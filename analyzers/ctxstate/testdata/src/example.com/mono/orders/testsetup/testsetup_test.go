package testsetup

import (
	"context"
	"testing"

	"example.com/mono/payments/api"
)

func TestSetup(t *testing.T) {
	api.DefaultRetries = 0
	api.Rates["EUR"] = 1
	ctx := api.WithAccount(context.Background(), api.Account{ID: "a"})
	if _, ok := api.AccountFrom(ctx); !ok { // want `orders reads context value payments/api.accountKey`
		t.Fatal("no account")
	}
}
