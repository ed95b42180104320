// Package unclaimed is claimed by no component: unconstrained, and its SQL
// built at run time is not counted as unread. With -findings it still
// tells drivers which table claims its statements use (payments', at
// line 13 of the spec), for the whole-module tx/unused-claim rule.
package unclaimed // want `uses claims boundaries.yaml:13:16`

import (
	"context"
	"database/sql"
)

func Cleanup(ctx context.Context, db *sql.DB) { // want Cleanup:"touches payments"
	db.ExecContext(ctx, "DELETE FROM payments WHERE amount = 0")
}

func Rebuild(ctx context.Context, db *sql.DB, table string) {
	db.ExecContext(ctx, "DROP TABLE "+table)
}
