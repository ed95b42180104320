// Package service places orders: every finding of the tx analyzer on
// database/sql.
package service

import (
	"context"
	"database/sql"

	"example.com/mono/orders/repo"
	"example.com/mono/orders/sqlcgen"
	"example.com/mono/payments/queries"
	"example.com/mono/payments/store"
	dbpkg "example.com/mono/platform/db"
)

// Count reads its own table outside a transaction: silent.
func Count(ctx context.Context, db *sql.DB) int { // want Count:"touches orders"
	var n int
	db.QueryRowContext(ctx, "SELECT count(*) FROM orders").Scan(&n)
	return n
}

// Foreign reads and writes tables of payments: a literal, a generated
// constant of another package, a constant concatenation.
func Foreign(ctx context.Context, db *sql.DB) { // want Foreign:"touches audit_log, payments, refunds, unknown_table"
	db.QueryRowContext(ctx, "SELECT amount FROM payments WHERE order_id = $1", 1) // want `orders/service queries table payments, owned by component payments \(boundaries.yaml:13\)`
	db.ExecContext(ctx, queries.InsertRefund, 1, 2)                               // want "queries table refunds, owned by component payments"
	const del = "DELETE FROM "
	db.Exec(del+"refunds WHERE id = $1", 1)              // want "queries table refunds"
	db.Exec("INSERT INTO audit_log (what) VALUES ('x')") // shared table: silent
	db.Exec("SELECT * FROM unknown_table")               // nobody's table: silent
}

// Place writes orders, then payments through a helper of orders in
// another package: the fact of repo.MarkPaid carries the table.
func Place(ctx context.Context, db *sql.DB, id int64) error { // want Place:"touches orders, payments"
	tx, err := db.BeginTx(ctx, nil) // want `the transaction begun at service.go:37 touches tables of orders and payments: orders: orders at service.go:42 \(boundaries.yaml:8\); payments: payments at service.go:43 through repo.MarkPaid \(orders/repo/repo.go:11\) \(boundaries.yaml:13\); once they are separate services`
	if err != nil {
		return err
	}
	defer tx.Rollback()
	tx.ExecContext(ctx, "INSERT INTO orders (id) VALUES ($1)", id)
	repo.MarkPaid(ctx, tx, id)
	return tx.Commit()
}

// PlaceAndCharge calls payments inside its transaction, and again after
// the commit, which is fine.
func PlaceAndCharge(ctx context.Context, db *sql.DB, id int64) error { // want PlaceAndCharge:"touches orders"
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	repo.Insert(ctx, tx, id)
	store.Charge(ctx, id) // want `orders/service calls store.Charge of component payments inside the transaction begun at service.go:50 \(boundaries.yaml:9\); move the call after the commit`
	if err := tx.Commit(); err != nil {
		return err
	}
	return store.Charge(ctx, id)
}

// Checkout hands its transaction to payments.
func Checkout(ctx context.Context, db *sql.DB, id int64) error { // want Checkout:"touches order_items, payments"
	tx, _ := db.BeginTx(ctx, nil) // want "the transaction begun at service.go:64 touches tables of orders and payments: orders: order_items at service.go:65 .*; payments: payments at service.go:66 through store.Save \\(payments/store/store.go:16\\)"
	tx.ExecContext(ctx, "INSERT INTO order_items (order_id) VALUES ($1)", id)
	store.Save(ctx, tx, id) // want "orders/service passes transaction tx to store.Save of component payments \\(boundaries.yaml:9\\); a transaction must stay inside its component: let payments open its own"
	return tx.Commit()
}

// Audited calls the shared component inside its transaction and passes
// the transaction to it: silent. The query wrapper's table is its own.
func Audited(ctx context.Context, db *sql.DB, id int64) error { // want Audited:"touches audit_log, order_items, orders"
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	tx.ExecContext(ctx, "UPDATE orders SET placed = true WHERE id = $1", id)
	dbpkg.Audit(ctx, tx, "placed")
	dbpkg.Exec(ctx, tx, "UPDATE order_items SET qty = 0 WHERE order_id = $1", id)
	return tx.Commit()
}

// WrapperForeign runs SQL through the shared wrapper, found by its fact.
func WrapperForeign(ctx context.Context, tx *sql.Tx) error { // want WrapperForeign:"touches refunds"
	return dbpkg.Exec(ctx, tx, "DELETE FROM refunds WHERE id = $1", 1) // want "queries table refunds"
}

// Generated runs sqlc's queries on one transaction: orders and refunds.
func Generated(ctx context.Context, db *sql.DB) error { // want Generated:"touches orders, refunds"
	tx, err := db.BeginTx(ctx, nil) // want "the transaction begun at service.go:90 touches tables of orders and payments: orders: orders at service.go:95 through \\(\\*sqlcgen.Queries\\).CreateOrder \\(orders/sqlcgen/query.sql.go:27\\) .*; payments: refunds at service.go:98 through \\(\\*sqlcgen.Queries\\).MarkRefunded"
	if err != nil {
		return err
	}
	q := sqlcgen.New(tx)
	if err := q.CreateOrder(ctx, 1); err != nil {
		return err
	}
	if err := q.MarkRefunded(ctx, 1); err != nil {
		return err
	}
	return tx.Commit()
}
