// Package repo holds helpers of orders; one writes a table of payments.
package repo

import (
	"context"
	"database/sql"
)

// MarkPaid writes a table of payments from orders.
func MarkPaid(ctx context.Context, tx *sql.Tx, id int64) error { // want MarkPaid:"touches payments"
	_, err := tx.ExecContext(ctx, "UPDATE payments SET order_paid = true WHERE order_id = $1", id) // want "orders/repo queries table payments, owned by component payments \\(.*boundaries.yaml:13\\); go through the API of payments instead of its table"
	return err
}

// Insert writes the orders table.
func Insert(ctx context.Context, tx *sql.Tx, id int64) error { // want Insert:"touches orders"
	_, err := tx.ExecContext(ctx, "INSERT INTO orders (id) VALUES ($1)", id)
	return err
}

// BothTx reaches both tables through its callees in this package.
func BothTx(tx *sql.Tx) error { // want BothTx:"touches orders, payments"
	if err := Insert(context.Background(), tx, 1); err != nil {
		return err
	}
	return MarkPaid(context.Background(), tx, 1)
}

// Writer is an interface of orders; calls through it are not followed.
type Writer interface {
	Write(ctx context.Context, tx *sql.Tx) error
}
