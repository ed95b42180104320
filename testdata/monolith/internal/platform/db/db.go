// Package db opens the monolith's one database and runs transactions on it.
package db

import (
	"context"
	"database/sql"
	"fmt"
)

// DB is the shared connection pool.
type DB struct {
	*sql.DB
}

// Open opens the pool; the driver is registered by the composition root.
func Open(driver, dsn string) (*DB, error) {
	pool, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("opening database: %w", err)
	}
	return &DB{pool}, nil
}

// InTx runs fn in a transaction, committing when it returns nil.
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
