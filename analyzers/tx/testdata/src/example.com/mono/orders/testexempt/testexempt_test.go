package testexempt

import (
	"context"
	"database/sql"
)

func fixture(ctx context.Context, db *sql.DB) {
	db.ExecContext(ctx, "INSERT INTO refunds (id) VALUES (1)")
}
