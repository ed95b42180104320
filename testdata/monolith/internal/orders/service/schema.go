package service

import (
	"context"
	"database/sql"
)

// Migrate creates orders' tables.
func Migrate(ctx context.Context, pool *sql.DB) error {
	_, err := pool.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, customer_id bigint, total bigint, currency text, state text);
		CREATE TABLE IF NOT EXISTS order_items (order_id bigint REFERENCES orders (id), sku text, quantity int)`)
	return err
}
