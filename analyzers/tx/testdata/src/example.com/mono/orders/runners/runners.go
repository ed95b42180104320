// Package runners opens transactions through runners and the pgx, sqlx and
// gorm APIs.
package runners

import (
	"context"
	"database/sql"

	"example.com/mono/orders/repo"
	"example.com/mono/payments/queries"
	"example.com/mono/payments/store"
	dbpkg "example.com/mono/platform/db"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

// WithInTx uses the shared runner, recognised by its callback's signature.
func WithInTx(ctx context.Context, pool *dbpkg.DB, id int64) error { // want WithInTx:"touches orders, refunds"
	return pool.InTx(ctx, func(tx *sql.Tx) error { // want `the transaction of \(\*db.DB\).InTx at runners.go:21 touches tables of orders and payments: orders: orders at runners.go:22 \(boundaries.yaml:8\); payments: refunds at runners.go:23`
		tx.ExecContext(ctx, "INSERT INTO orders (id) VALUES ($1)", id)
		_, err := tx.ExecContext(ctx, "UPDATE refunds SET order_id = $1", id) // want "queries table refunds"
		return err
	})
}

// ByName passes a named function as the callback: its fact counts.
func ByName(ctx context.Context, pool *dbpkg.DB) error {
	return pool.InTx(ctx, repo.BothTx) // want `the transaction of \(\*db.DB\).InTx at runners.go:30 touches tables of orders and payments: orders: orders at runners.go:30 through repo.BothTx \(orders/repo/repo.go:17\) \(boundaries.yaml:8\); payments: payments at runners.go:30 through repo.BothTx \(orders/repo/repo.go:11\)`
}

// WithGorm runs gorm's Transaction; the *gorm.DB it hands out is a transaction.
func WithGorm(gdb *gorm.DB) error { // want WithGorm:"touches orders, payments"
	return gdb.Transaction(func(tx *gorm.DB) error { // want "the transaction of \\(\\*gorm.DB\\).Transaction at runners.go:35 touches tables of orders and payments"
		tx.Exec("INSERT INTO orders (id) VALUES (?)", 1)
		tx.Table("payments").Create(nil) // want "queries table payments"
		store.Keep(tx)                   // want "passes transaction tx to store.Keep of component payments"
		store.Keep(gdb)                  // want "orders/runners calls store.Keep of component payments inside the transaction of \\(\\*gorm.DB\\).Transaction"
		return nil
	})
}

// GormBegin uses gorm's Begin and Commit.
func GormBegin(ctx context.Context, gdb *gorm.DB) { // want GormBegin:"touches orders"
	tx := gdb.Begin()
	tx.Raw("SELECT id FROM orders").Scan(nil)
	store.Charge(ctx, 1) // want "calls store.Charge of component payments inside the transaction begun at runners.go:46"
	tx.Commit()
	store.Charge(ctx, 2)
}

// WithPgx runs pgx.BeginFunc and queues a batch.
func WithPgx(ctx context.Context, conn *pgx.Conn) error { // want WithPgx:"touches orders, payments, refunds"
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error { // want "the transaction of pgx.BeginFunc at runners.go:55 touches tables of orders and payments: orders: orders at runners.go:56 .*; payments: payments at runners.go:57, refunds at runners.go:59"
		tx.Exec(ctx, "INSERT INTO orders (id) VALUES ($1)", 1)
		tx.Exec(ctx, "INSERT INTO payments (id) VALUES ($1)", 1) // want "queries table payments"
		b := &pgx.Batch{}
		b.Queue("DELETE FROM refunds WHERE id = $1", 1) // want "queries table refunds"
		return nil
	})
}

// WithPool begins on a pgxpool.Pool and reads a generated constant of payments.
func WithPool(ctx context.Context, pool *pgxpool.Pool) { // want WithPool:"touches orders, payments"
	tx, _ := pool.Begin(ctx) // want "the transaction begun at runners.go:66 touches tables of orders and payments"
	tx.Exec(ctx, "UPDATE orders SET state = 'paid'")
	tx.QueryRow(ctx, queries.SelectPayment, 1) // want "queries table payments"
	tx.Commit(ctx)
}

// WithSqlx uses sqlx's methods and package functions.
func WithSqlx(db *sqlx.DB) { // want WithSqlx:"touches orders, payments, refunds, users"
	var n int
	db.Get(&n, "SELECT count(*) FROM payments")       // want "queries table payments"
	sqlx.Select(db, &n, "SELECT id FROM refunds")     // want "queries table refunds"
	tx, _ := db.Beginx()                              // want "the transaction begun at runners.go:77 touches tables of orders and users"
	tx.MustExec("INSERT INTO orders (id) VALUES (1)") // own table
	tx.Get(&n, "SELECT id FROM users WHERE id = 1")   // want "queries table users, owned by component users"
	tx.Commit()
}

// WithSpecRunner uses the spec's runner and query declarations.
func WithSpecRunner(ctx context.Context, q dbpkg.Querier) error {
	return dbpkg.Atomically(ctx, func(ctx context.Context) error { // want "the transaction of db.Atomically at runners.go:85 touches tables of orders and payments"
		q.Run(ctx, "INSERT INTO orders (id) VALUES (1)")
		return q.Run(ctx, "DELETE FROM payments WHERE id = 1") // want "queries table payments"
	})
}
