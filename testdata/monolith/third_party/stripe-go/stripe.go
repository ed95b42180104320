// Package stripe is a tiny offline stand-in for the Stripe Go SDK, just
// enough for the example monolith to compile.
package stripe

import (
	"errors"
	"fmt"
)

// PaymentIntent is a charge in progress.
type PaymentIntent struct {
	ID       string
	Amount   int64
	Currency string
	Status   string
}

// Client talks to the Stripe API.
type Client struct {
	key string
	seq int
}

// NewClient returns a client authenticated with the secret key.
func NewClient(key string) *Client { return &Client{key: key} }

// CreatePaymentIntent starts a charge of amount minor units.
func (c *Client) CreatePaymentIntent(amount int64, currency string) (*PaymentIntent, error) {
	if c.key == "" {
		return nil, errors.New("stripe: no API key")
	}
	if amount <= 0 {
		return nil, fmt.Errorf("stripe: invalid amount %d", amount)
	}
	c.seq++
	return &PaymentIntent{ID: fmt.Sprintf("pi_%d", c.seq), Amount: amount, Currency: currency, Status: "succeeded"}, nil
}
