// Package migrations is payments' own schema: a migration in the owning
// component is no finding.
package migrations

import "database/sql"

var steps = []func(tx *sql.Tx) error{
	func(tx *sql.Tx) error {
		_, err := tx.Exec("CREATE TABLE payments (id BIGINT PRIMARY KEY); CREATE TABLE refunds (id BIGINT)")
		return err
	},
	func(tx *sql.Tx) error {
		_, err := tx.Exec("ALTER TABLE refunds ADD COLUMN payment_id BIGINT REFERENCES payments (id)")
		return err
	},
}

// Steps returns the migrations.
func Steps() []func(tx *sql.Tx) error { return steps }
