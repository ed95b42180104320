package api

import (
	"context"
	"database/sql"

	"example.com/monolith/internal/payments/store"
)

// Record books a payment taken elsewhere, inside the caller's transaction.
// Taking a *sql.Tx from another component is the coupling the tx analyzer
// reports at each caller.
func (s *Service) Record(ctx context.Context, tx *sql.Tx, orderID, customer, amount int64, currency string) error {
	return store.SaveTx(ctx, tx, store.Payment{ID: "manual", OrderID: orderID, Customer: customer, Amount: amount, Currency: currency})
}
