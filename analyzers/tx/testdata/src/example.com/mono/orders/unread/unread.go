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
	pool.ExecContext(ctx, fmt.Sprintf("DELETE FROM %s", table)) // want `not checked: this SQL statement could not be read \(built at run time\)`
	var b strings.Builder
	b.WriteString("SELECT id FROM ")
	b.WriteString(table)
	pool.QueryContext(ctx, b.String()) // want "not checked: this SQL statement could not be read"
}

// Appended extends a variable with +=, which is not followed.
func Appended(ctx context.Context, pool *sql.DB) {
	q := "DELETE FROM orders"
	q += " WHERE id = 1"
	pool.ExecContext(ctx, q) // want `could not be read \(SQL text from a variable\)`
}

// exec is a query wrapper: its parameter is SQL text, not an unread
// statement; its callers' arguments are read or counted.
func exec(ctx context.Context, pool *sql.DB, q string) {
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

// Draft has no TableName: gorm names its table drafts, which is read.
type Draft struct{ ID int64 }

// Archived chooses its table at run time.
type Archived struct{ Year string }

// TableName names the model's table for gorm.
func (a Archived) TableName() string { return "orders_" + a.Year }

// Models saves models whose tables are not known, and ones that are.
func Models(g *gorm.DB, v any, table string) { // want Models:"touches drafts, orders"
	g.Save(v)                   // want `could not be read \(model type unknown\)`
	g.Save(Archived{})          // want `could not be read \(TableName not constant\)`
	g.Table(table).Find(&v)     // want `could not be read \(table from a variable\)`
	g.Save(&struct{ ID int }{}) // want `could not be read \(model without a name or TableName\)`
	g.Save(&Draft{ID: 1})
	g.Table("orders").Create(&Draft{ID: 2})
}

// literal runs its parameter through a function value: nobody passes it
// on, so it is not read.
var literal = func(pool *sql.DB, q string) {
	pool.Exec(q) // want `could not be read \(SQL text from a parameter\)`
}

// Read holds only statements the analyzer reads: no note.
func Read(ctx context.Context, pool *sql.DB, all bool) { // want Read:"touches order_items, orders"
	q := "SELECT id FROM orders"
	if all {
		q = "SELECT id FROM order_items"
	}
	pool.QueryContext(ctx, q)
}
