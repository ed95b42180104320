// Package testexempt is checked with tests: {tx: exempt}: its code is
// checked, its tests (fixtures that fill another component's tables) are
// not.
package testexempt

import (
	"context"
	"database/sql"
)

func Paid(ctx context.Context, db *sql.DB) { // want Paid:"touches payments"
	db.QueryRowContext(ctx, "SELECT amount FROM payments") // want "orders/testexempt queries table payments"
}
