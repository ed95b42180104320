// Package repo is orders' data access.
package repo

import (
	"context"
	"database/sql"
)

// Delete builds its SQL at run time: not read, counted.
func Delete(ctx context.Context, db *sql.DB, table string) error {
	_, err := db.ExecContext(ctx, "DELETE FROM "+table)
	return err
}

// Paid reads payments' table: a tx/foreign-table finding.
func Paid(ctx context.Context, db *sql.DB, id int64) *sql.Row {
	return db.QueryRowContext(ctx, "SELECT amount FROM payments WHERE order_id = $1", id)
}

// Count reads orders' own table, so that no claim of the spec is unused.
func Count(ctx context.Context, db *sql.DB) *sql.Row {
	return db.QueryRowContext(ctx, "SELECT count(*) FROM orders")
}
