// Package suppressed silences a finding with a directive.
package suppressed

import (
	"context"
	"database/sql"
)

func Report(ctx context.Context, db *sql.DB) {
	//boundarylint:ignore nightly report reads payments until PAY-77 adds an export
	db.QueryRowContext(ctx, "SELECT sum(amount) FROM payments")
}
