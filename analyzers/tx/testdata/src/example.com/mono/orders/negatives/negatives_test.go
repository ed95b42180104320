package negatives_test

import (
	"context"
	"database/sql"
)

// An external test package follows its package's component.
func readPayments(ctx context.Context, db *sql.DB) {
	db.QueryRowContext(ctx, "SELECT amount FROM payments") // want "orders/negatives queries table payments"
}
