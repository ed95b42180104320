// Package legacy is claimed by no component: unconstrained, but it still
// exports facts.
package legacy

import (
	"context"
	"database/sql"
)

func Cleanup(ctx context.Context, db *sql.DB) { // want Cleanup:"touches payments"
	db.ExecContext(ctx, "DELETE FROM payments WHERE amount = 0")
}

// Rebuild builds its SQL at run time. Unclaimed code is not checked, so
// drivers do not count it as unread either.
func Rebuild(ctx context.Context, db *sql.DB, table string) {
	db.ExecContext(ctx, "DROP TABLE "+table)
}
