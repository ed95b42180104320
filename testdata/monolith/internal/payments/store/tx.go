package store

import (
	"context"
	"database/sql"
)

// SaveTx inserts a payment inside the caller's transaction.
func SaveTx(ctx context.Context, tx *sql.Tx, p Payment) error {
	_, err := tx.ExecContext(ctx,
		"INSERT INTO payments (id, order_id, customer_id, amount, currency) VALUES ($1, $2, $3, $4, $5)",
		p.ID, p.OrderID, p.Customer, p.Amount, p.Currency)
	return err
}
