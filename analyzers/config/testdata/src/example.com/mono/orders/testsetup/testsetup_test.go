package testsetup_test

import (
	"os"
	"testing"
)

func TestSetup(t *testing.T) {
	t.Setenv("PAYMENTS_MODE", "test")  // want `orders writes env PAYMENTS_MODE, owned`
	_ = os.Setenv("STRIPE_KEY", "key") // want `orders writes env STRIPE_KEY, owned`
	t.Setenv("ORDERS_MODE", "test")
}
