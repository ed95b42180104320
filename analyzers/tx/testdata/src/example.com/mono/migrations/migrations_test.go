package migrations

import (
	"context"
	"database/sql"
)

// A test database's schema is no migration.
func setup(ctx context.Context, db *sql.DB) {
	db.ExecContext(ctx, "CREATE TABLE payments (id int)")
}
