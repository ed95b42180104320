package repo_test

import (
	"context"
	"database/sql"
	"testing"
)

// seed is in the external test package, which counts as a package of its
// own; its SQL grows in a loop: not read, counted.
func seed(ctx context.Context, db *sql.DB, n int) {
	q := "INSERT INTO orders (id) VALUES (1)"
	for range n {
		q += ", (1)"
	}
	db.ExecContext(ctx, q)
}

func TestSeed(t *testing.T) { _ = seed }
