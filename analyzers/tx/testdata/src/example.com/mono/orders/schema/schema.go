// Package schema migrates orders' own table: a migration, no finding.
package schema // want `uses claims boundaries.yaml:8:16`

import (
	"context"
	"database/sql"
)

func Up(ctx context.Context, db *sql.DB) { // want Up:"touches orders"
	db.ExecContext(ctx, `create table if not exists "orders" (id int)`) // want "migration of table orders"
}
