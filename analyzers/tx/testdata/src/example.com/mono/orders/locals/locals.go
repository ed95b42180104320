// Package locals holds SQL in local variables, the commonest Go idiom.
package locals

import (
	"context"
	"database/sql"
)

const balances = "payments"

// Balance keeps its SQL in a variable assigned once.
func Balance(ctx context.Context, db *sql.DB, id int64) { // want Balance:"touches payments"
	query := `SELECT amount FROM payments WHERE order_id = $1`
	db.QueryRowContext(ctx, query, id) // want "orders/locals queries table payments, owned by component payments"
}

// Declared uses var and a concatenation of constants.
func Declared(ctx context.Context, db *sql.DB) { // want Declared:"touches payments"
	var query = "DELETE FROM " + balances
	db.ExecContext(ctx, query) // want "orders/locals queries table payments, owned by component payments"
}

// Branches assigns a constant on each branch of an if: each alternative
// counts.
func Branches(ctx context.Context, db *sql.DB, refund bool) { // want Branches:"touches orders, refunds"
	query := "UPDATE orders SET state = 'paid'"
	if refund {
		query = "UPDATE refunds SET state = 'done'"
	}
	db.ExecContext(ctx, query) // want "orders/locals queries table refunds, owned by component payments"
}

// Switch declares the variable without a value and sets it in each case.
func Switch(ctx context.Context, db *sql.DB, kind int) { // want Switch:"touches payments, refunds"
	var query string
	switch kind {
	case 1:
		query = "SELECT * FROM payments"
	case 2:
		query = "SELECT * FROM refunds"
	default:
		return
	}
	db.QueryContext(ctx, query) // want "orders/locals queries table payments, owned by component payments" "orders/locals queries table refunds, owned by component payments"
}

// InTx holds both statements of a transaction in variables.
func InTx(ctx context.Context, db *sql.DB) error { // want InTx:"touches orders, payments"
	tx, err := db.BeginTx(ctx, nil) // want "the transaction begun at locals.go:49 touches tables of orders and payments"
	if err != nil {
		return err
	}
	insert := "INSERT INTO orders (id) VALUES (1)"
	charge := "UPDATE payments SET order_id = 1"
	tx.ExecContext(ctx, insert)
	tx.ExecContext(ctx, charge) // want "orders/locals queries table payments, owned by component payments"
	return tx.Commit()
}
