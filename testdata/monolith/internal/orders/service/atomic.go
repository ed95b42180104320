package service

import (
	"context"
	"database/sql"

	"example.com/monolith/internal/orders/model"
	"example.com/monolith/internal/platform/db"
)

const insertOrder = "INSERT INTO orders (id, customer_id, total, currency) VALUES ($1, $2, $3, $4)"

// PlaceOffline records an order paid at the counter: the order row, the
// stock reservation and the payment row in one database transaction.
// violation (tx, cross-owner): the transaction writes orders and, through
// payments/api, payments; after the extraction it cannot span both.
func (s *Service) PlaceOffline(ctx context.Context, pool *db.DB, o model.Order) error {
	return pool.InTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, insertOrder, o.ID, o.Customer, o.Total(), o.Currency); err != nil {
			return err
		}
		// violation (tx, call-in-tx): inventory is called inside the transaction
		if err := s.Stock.Reserve(o); err != nil {
			return err
		}
		// violation (tx, tx-crossing): the transaction is handed to payments
		return s.Payments.Record(ctx, tx, o.ID, o.Customer, o.Total(), o.Currency)
	})
}

// Refunded sums the refunds of an order.
// violation (tx, foreign-table): refunds belongs to payments; ask payments/api.
func Refunded(ctx context.Context, pool *db.DB, orderID int64) (int64, error) {
	var total int64
	err := pool.QueryRowContext(ctx, "SELECT COALESCE(SUM(amount), 0) FROM refunds WHERE order_id = $1", orderID).Scan(&total)
	return total, err
}

// Cancel marks the order cancelled in a transaction that stays inside
// orders: no finding.
func Cancel(ctx context.Context, pool *db.DB, id int64) error {
	tx, err := pool.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "UPDATE orders SET state = 'cancelled' WHERE id = $1", id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM order_items WHERE order_id = $1", id); err != nil {
		return err
	}
	return tx.Commit()
}
