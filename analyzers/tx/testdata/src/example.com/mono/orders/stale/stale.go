// Package stale has a directive that silences nothing.
package stale

import (
	"context"
	"database/sql"
)

func Count(ctx context.Context, db *sql.DB) {
	db.QueryRowContext(ctx, "SELECT count(*) FROM orders") //boundarylint:ignore was a payments query // want "silences nothing"
}
