// Package migrations keeps its schema changes in function literals of
// package-level variables, as migration libraries want them: their SQL is
// read like a declared function's.
package migrations

import "database/sql"

// steps creates orders' own tables and alters one of payments'.
var steps = []func(tx *sql.Tx) error{
	func(tx *sql.Tx) error {
		_, err := tx.Exec("CREATE TABLE IF NOT EXISTS orders (id BIGINT PRIMARY KEY)")
		return err
	},
	func(tx *sql.Tx) error {
		if _, err := tx.Exec("CREATE INDEX orders_id_idx ON order_items (order_id)"); err != nil {
			return err
		}
		_, err := tx.Exec("ALTER TABLE payments ADD COLUMN order_ref BIGINT") // want "orders/migrations queries table payments, owned by component payments"
		return err
	},
}

// Migration is one named step, as xormigrate and gormigrate declare them.
type Migration struct {
	ID      string
	Migrate func(tx *sql.Tx) error
}

var dropRefunds = Migration{
	ID: "drop-refunds",
	Migrate: func(tx *sql.Tx) error {
		_, err := tx.Exec("DROP TABLE refunds") // want "orders/migrations queries table refunds, owned by component payments"
		return err
	},
}

// Run applies every step in one transaction.
func Run(db *sql.DB) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	for _, step := range append(steps, dropRefunds.Migrate) {
		if err := step(tx); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// inline migrates in a literal inside a declared function: part of its
// summary.
func inline(db *sql.DB) func() error {
	return func() error {
		_, err := db.Exec("CREATE INDEX refunds_idx ON refunds (id)") // want "orders/migrations queries table refunds, owned by component payments"
		return err
	}
}
