// Package sqlx is a fixture copy of the github.com/jmoiron/sqlx API: only
// the signatures the tx analyzer's tests need.
package sqlx

import (
	"context"
	"database/sql"
)

type DB struct{ *sql.DB }

type Tx struct{ *sql.Tx }

type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
}

func (db *DB) Beginx() (*Tx, error)                                          { return nil, nil }
func (db *DB) MustBegin() *Tx                                                { return nil }
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error { return nil }
func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error)   { return nil, nil }
func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error { return nil }
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result         { return nil }
func (tx *Tx) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}

func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }
