// Package store persists payments and refunds.
package store

import (
	"context"
	"log"

	"example.com/monolith/internal/platform/db"
	"example.com/monolith/internal/platform/util" // violation (isolation): util imports users, outside payments' depends_on
)

// Payment is one row of the payments table.
type Payment struct {
	ID       string
	OrderID  int64
	Customer int64
	Amount   int64
	Currency string
}

// Store reads and writes payment rows.
type Store struct {
	DB *db.DB
}

// Save inserts a payment.
func (s *Store) Save(ctx context.Context, p Payment) error {
	log.Printf("saving payment of %s for %s", util.Money(p.Amount, p.Currency), util.DisplayName(p.Customer))
	_, err := s.DB.ExecContext(ctx,
		"INSERT INTO payments (id, order_id, customer_id, amount, currency) VALUES ($1, $2, $3, $4, $5)",
		p.ID, p.OrderID, p.Customer, p.Amount, p.Currency)
	return err
}

// TotalFor sums what an order has been charged.
func (s *Store) TotalFor(ctx context.Context, orderID int64) (int64, error) {
	var total int64
	err := s.DB.QueryRowContext(ctx, "SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = $1", orderID).Scan(&total)
	return total, err
}
