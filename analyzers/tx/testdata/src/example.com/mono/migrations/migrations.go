// Package migrations is claimed by no component and migrates every
// component's tables: with -findings, drivers hear of each statement that
// creates or alters a table (no finding: unclaimed code is unconstrained).
package migrations // want `uses claims boundaries.yaml:8:16, boundaries.yaml:8:24, boundaries.yaml:13:16, boundaries.yaml:13:26`

import (
	"context"
	"database/sql"
)

const createRefunds = "CREATE TABLE refunds (id int, payment_id int REFERENCES payments (id))"

func Up(ctx context.Context, db *sql.DB) { // want Up:"touches audit_log, order_items, orders, payments, refunds"
	db.ExecContext(ctx, createRefunds)                                                                  // want "migration of table refunds"
	db.ExecContext(ctx, "ALTER TABLE orders ADD COLUMN note text; CREATE INDEX i ON order_items (sku)") // want "migration of table orders" "migration of table order_items"
	db.ExecContext(ctx, "CREATE VIEW paid AS SELECT * FROM payments")                                   // a view only reads payments
	db.ExecContext(ctx, "INSERT INTO audit_log VALUES ('migrated')")                                    // no schema change
}
