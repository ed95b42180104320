package checkout_test // want package:"imports }"

import (
	"testing"

	"example.com/mono/billing/rates" // want `orders/checkout imports billing/rates, which belongs to component billing that orders may not depend on`
	"example.com/mono/orders/checkout"
)

func TestCheckout(t *testing.T) { checkout.Checkout("x"); rates.Rate() }
