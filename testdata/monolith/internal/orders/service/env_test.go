package service_test

import (
	"os"
	"testing"
)

func TestPlaceInTestMode(t *testing.T) {
	t.Setenv("ORDERS_MAX_ITEMS", "3")
	t.Setenv("PAYMENTS_MODE", "test")         // setup, not coupling: a test's writes of payments' settings are not reported (tests: setup is exempt)
	if os.Getenv("STRIPE_SECRET_KEY") == "" { // violation (config env read, in a test): the test depends on payments' secret
		t.Skip("needs payments' Stripe key")
	}
}
