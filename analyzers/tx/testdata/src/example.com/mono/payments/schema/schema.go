// Package schema migrates payments' own table: a migration, no finding.
package schema

import (
	"context"
	"database/sql"
)

func Up(ctx context.Context, db *sql.DB) { // want Up:"touches payments"
	db.ExecContext(ctx, `create table if not exists "payments" (id int)`) // want "migration of table payments"
}
