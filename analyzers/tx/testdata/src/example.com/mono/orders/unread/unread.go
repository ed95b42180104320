// Package unread holds queries whose tables the analyzer cannot know. None
// is a finding; with -findings (drivers only) each is a tx/unread note,
// which drivers count per package. TestNegatives and the models fixture
// run the same shapes without -findings: no diagnostic at all.
package unread // want `uses claims boundaries.yaml:8:16, boundaries.yaml:8:24, boundaries.yaml:13:16`

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"example.com/mono/platform/db"
	"gorm.io/gorm"
)

// Built formats its SQL at run time.
func Built(ctx context.Context, pool *sql.DB, table string) {
	pool.ExecContext(ctx, fmt.Sprintf("DELETE FROM %s", table)) // want "not checked: this SQL statement could not be read"
	var b strings.Builder
	b.WriteString("SELECT id FROM ")
	b.WriteString(table)
	pool.QueryContext(ctx, b.String()) // want "not checked: this SQL statement could not be read"
}

// Appended extends a variable with +=, which is not followed.
func Appended(ctx context.Context, pool *sql.DB) {
	q := "DELETE FROM orders"
	q += " WHERE id = 1"
	pool.ExecContext(ctx, q) // want "not checked: this SQL statement could not be read"
}

// exec is a query wrapper: its parameter is SQL text, not an unread
// statement; its callers' arguments are read or counted.
func exec(ctx context.Context, pool *sql.DB, q string) { // want exec:"runs its SQL parameter"
	pool.ExecContext(ctx, q)
}

// Wrapped passes text built at run time to the wrapper, and a constant.
func Wrapped(ctx context.Context, pool *sql.DB, id string) { // want Wrapped:"touches payments"
	exec(ctx, pool, "DELETE FROM orders WHERE id = "+id) // want "not checked: this SQL statement could not be read"
	exec(ctx, pool, "DELETE FROM payments")              // want "orders/unread queries table payments, owned by component payments"
}

// Declared runs SQL through the spec's data.queries with text it cannot fold.
func Declared(ctx context.Context, q db.Querier, table string) {
	q.Run(ctx, "TRUNCATE "+table) // want "not checked: this SQL statement could not be read"
}

// Draft has no TableName: gorm derives its table at run time.
type Draft struct{ ID int64 }

// Models saves a model whose table is not known, and one named by Table.
func Models(g *gorm.DB) { // want Models:"touches orders"
	g.Save(&Draft{ID: 1}) // want "not checked: this SQL statement could not be read"
	g.Table("orders").Create(&Draft{ID: 2})
}

// Read holds only statements the analyzer reads: no note.
func Read(ctx context.Context, pool *sql.DB, all bool) { // want Read:"touches order_items, orders"
	q := "SELECT id FROM orders"
	if all {
		q = "SELECT id FROM order_items"
	}
	pool.QueryContext(ctx, q)
}
