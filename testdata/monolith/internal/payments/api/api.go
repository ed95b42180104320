// Package api is what other components may use of payments.
package api

import (
	"context"
	"fmt"

	"example.com/monolith/internal/payments/ledger"
	"example.com/monolith/internal/payments/store"
	"example.com/monolith/internal/platform/db"
	"github.com/stripe/stripe-go/v82"
)

// New wires the payments service to the shared database.
func New(pool *db.DB, stripeKey string) *Service {
	return &Service{Stripe: stripe.NewClient(stripeKey), Store: &store.Store{DB: pool}, Ledger: &ledger.Ledger{}}
}

// Service charges customers.
type Service struct {
	Stripe *stripe.Client
	Store  *store.Store
	Ledger *ledger.Ledger
}

// Charge takes amount minor units from the customer for an order and
// returns the payment id.
func (s *Service) Charge(ctx context.Context, orderID, customer, amount int64, currency string) (string, error) {
	pi, err := s.Stripe.CreatePaymentIntent(amount, currency)
	if err != nil {
		return "", fmt.Errorf("charging order %d: %w", orderID, err)
	}
	p := store.Payment{ID: pi.ID, OrderID: orderID, Customer: customer, Amount: amount, Currency: currency}
	if err := s.Store.Save(ctx, p); err != nil {
		return "", err
	}
	entry := ledger.Entry{Debit: fmt.Sprintf("customer:%d", customer), Credit: "merchant", Amount: amount, Currency: currency}
	if err := s.Ledger.Post(entry); err != nil {
		return "", err
	}
	announce(Captured{OrderID: orderID, PaymentID: pi.ID, Amount: amount})
	return pi.ID, nil
}

// Paid reports how much an order has been charged.
func (s *Service) Paid(ctx context.Context, orderID int64) (int64, error) {
	return s.Store.TotalFor(ctx, orderID)
}
