// Package negatives holds code the tx analyzer must leave alone.
package negatives

import (
	"context"
	"database/sql"
	"fmt"
	"log"

	"example.com/mono/orders/repo"
	"example.com/mono/payments/store"
	dbpkg "example.com/mono/platform/db"
)

// doc looks like SQL but is never executed.
var doc = "SELECT * FROM payments JOIN refunds USING (payment_id)"

// Log prints SQL-looking text.
func Log() {
	log.Print("DELETE FROM refunds WHERE id = 1")
	fmt.Println(doc)
}

// Dynamic builds its SQL at run time: not read.
func Dynamic(ctx context.Context, db *sql.DB, table string) {
	db.ExecContext(ctx, "DELETE FROM "+table)
	q := "DELETE FROM payments"
	if table != "" {
		q = "DELETE FROM " + table // one alternative unknown: the statement is not read
	}
	db.ExecContext(ctx, q)
	r := "DELETE FROM payments"
	r += " WHERE id = 1" // a compound assignment is not followed
	db.ExecContext(ctx, r)
	s := "DELETE FROM payments"
	clear(&s) // its address is taken
	db.ExecContext(ctx, s)
}

func clear(s *string) { *s = "" }

// OwnTables holds SQL in variables, every alternative on orders' tables.
func OwnTables(ctx context.Context, db *sql.DB, all bool) { // want OwnTables:"touches order_items, orders"
	query := "SELECT id FROM orders WHERE open"
	if all {
		query = "SELECT id FROM order_items"
	}
	db.QueryContext(ctx, query)
}

// OwnInTx keeps its transaction inside orders and calls orders' helper.
func OwnInTx(ctx context.Context, db *sql.DB) error { // want OwnInTx:"touches order_items, orders"
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	tx.ExecContext(ctx, "INSERT INTO order_items (order_id) VALUES (1)")
	repo.Insert(ctx, tx, 1)
	return tx.Commit()
}

// SharedInTx calls the shared component and writes a shared table.
func SharedInTx(ctx context.Context, db *sql.DB) error { // want SharedInTx:"touches audit_log, orders"
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	tx.ExecContext(ctx, "UPDATE orders SET audited = true")
	dbpkg.Audit(ctx, tx, "audited")
	return tx.Commit()
}

// AfterCommit calls payments once the transaction is over.
func AfterCommit(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return store.Charge(ctx, 1)
}

// ThroughInterface writes through an interface of orders: not followed (a
// documented limit), so silent.
func ThroughInterface(ctx context.Context, db *sql.DB, w repo.Writer) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w.Write(ctx, tx)
	return tx.Commit()
}
