package store

import "context"

// Migrate creates payments' tables: its migrations, which move with the
// tables when payments runs alone (the architecture document lists them).
func (s *Store) Migrate(ctx context.Context) error {
	if _, err := s.DB.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS payments (id text PRIMARY KEY, order_id bigint, customer_id bigint, amount bigint, currency text)"); err != nil {
		return err
	}
	if _, err := s.DB.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS refunds (id text PRIMARY KEY, payment_id text REFERENCES payments (id), amount bigint)"); err != nil {
		return err
	}
	_, err := s.DB.ExecContext(ctx, "ALTER TABLE refunds ADD COLUMN IF NOT EXISTS reason text")
	return err
}
