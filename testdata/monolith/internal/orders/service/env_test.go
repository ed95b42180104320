package service_test

import "testing"

func TestPlaceInTestMode(t *testing.T) {
	t.Setenv("ORDERS_MAX_ITEMS", "3")
	t.Setenv("PAYMENTS_MODE", "test") // violation (config env write): PAYMENTS_* belongs to payments
}
