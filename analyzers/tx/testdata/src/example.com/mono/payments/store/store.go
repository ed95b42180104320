// want package:"Store.Invoice: touches billing.invoices; Store.Refund: touches refunds; Store.Settle: touches payments, refunds"
// Package store persists payments; its transactions stay inside payments.
package store

import (
	"context"
	"database/sql"

	"example.com/mono/payments/queries"
	"example.com/mono/platform/unit"
	"gorm.io/gorm"
)

// Save writes a payment inside the caller's transaction.
func Save(ctx context.Context, tx *sql.Tx, id int64) error { // want Save:"touches payments"
	_, err := tx.ExecContext(ctx, "INSERT INTO payments (id) VALUES ($1)", id)
	return err
}

// Charge charges without a transaction parameter.
func Charge(ctx context.Context, id int64) error { return nil }

// Store reads and writes payment rows.
type Store struct{ DB *sql.DB }

// Refund writes a refund through a generated constant.
func (s *Store) Refund(ctx context.Context, id int64) error {
	_, err := s.DB.ExecContext(ctx, queries.InsertRefund, id, 1)
	return err
}

// Invoice writes a schema-qualified table that payments owns.
func (s *Store) Invoice(ctx context.Context) error {
	_, err := s.DB.ExecContext(ctx, `INSERT INTO "billing"."invoices" DEFAULT VALUES`)
	return err
}

// Begin hands a transaction of payments out.
func (s *Store) Begin(ctx context.Context) (*sql.Tx, error) { return s.DB.BeginTx(ctx, nil) }

// Settle keeps its transaction inside payments: silent.
func (s *Store) Settle(ctx context.Context, id int64) error {
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := Save(ctx, tx, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE refunds SET settled = true WHERE payment_id = $1", id); err != nil {
		return err
	}
	return tx.Commit()
}

// Request carries a transaction.
type Request struct {
	Tx *sql.Tx
	ID int64
}

// Current is a package variable of payments.
var Current *sql.Tx

// Payer is an interface of payments.
type Payer interface {
	Pay(ctx context.Context, tx *sql.Tx, id int64) error
}

// InPaymentTx is a runner of payments.
func InPaymentTx(ctx context.Context, fn func(tx *sql.Tx) error) error { return nil }

// Enlist takes the spec-declared unit of work.
func Enlist(w *unit.Work) {}

// Keep takes a gorm handle, a transaction only when it comes from Transaction.
func Keep(db *gorm.DB) {}
