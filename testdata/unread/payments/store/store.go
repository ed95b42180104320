// Package store is payments' data access.
package store

import (
	"context"
	"database/sql"
	"strings"
)

// Search builds its SQL with a builder: not read, counted. The column of
// the statement follows non-ASCII text on its line.
func Search(ctx context.Context, db *sql.DB, terms []string) (*sql.Rows, error) {
	var b strings.Builder
	b.WriteString("SELECT id FROM payments WHERE ")
	b.WriteString(strings.Join(terms, " AND "))
	return db.QueryContext(ctx /* café ☕ */, b.String())
}
