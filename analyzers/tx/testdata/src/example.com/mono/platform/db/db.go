// Package db is shared: every component may call it, with a transaction too.
package db

import (
	"context"
	"database/sql"
)

// DB is the shared pool.
type DB struct{ *sql.DB }

// InTx is a runner recognised by its signature: its callback takes a *sql.Tx.
func (db *DB) InTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Exec is a query wrapper, found without configuration: its q parameter
// reaches ExecContext as the SQL text.
func Exec(ctx context.Context, tx *sql.Tx, q string, args ...any) error { // want Exec:"runs its SQL parameter"
	_, err := tx.ExecContext(ctx, q, args...)
	return err
}

// Audit writes the shared audit_log table.
func Audit(ctx context.Context, tx *sql.Tx, what string) error { // want Audit:"touches audit_log"
	_, err := tx.ExecContext(ctx, "INSERT INTO audit_log (what) VALUES ($1)", what)
	return err
}

// Querier runs SQL through an interface; the spec declares Run a query.
type Querier interface {
	Run(ctx context.Context, sql string) error
}

// Atomically is a runner the spec declares: the transaction travels in ctx.
func Atomically(ctx context.Context, fn func(ctx context.Context) error) error { return fn(ctx) }
