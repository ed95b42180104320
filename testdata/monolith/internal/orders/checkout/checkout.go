// Package checkout quotes card fees while the customer is still deciding.
package checkout

import (
	"example.com/monolith/internal/orders/model"
	"github.com/stripe/stripe-go/v82" // violation (reserved): the Stripe SDK is reserved to payments
)

// Preauthorize holds the order's total on the customer's card.
func Preauthorize(c *stripe.Client, o model.Order) (string, error) {
	pi, err := c.CreatePaymentIntent(o.Total(), o.Currency)
	if err != nil {
		return "", err
	}
	return pi.ID, nil
}
