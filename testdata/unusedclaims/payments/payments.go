// Package payments reads its own settings, table and context key.
package payments

import (
	"context"
	"database/sql"
	"flag"
	"os"

	"example.com/unusedclaims/config"
	"example.com/unusedclaims/ctxkeys"
)

// Mode is a getter of PAYMENTS_MODE.
func Mode() string { return os.Getenv("PAYMENTS_MODE") }

func Charge(ctx context.Context, db *sql.DB, cfg *config.Config) error {
	_ = ctx.Value(ctxkeys.Account)
	_ = flag.Lookup("payments.currency")
	_ = flag.Lookup("Service.Timezone")                                     // shared: service.* decides nothing
	if _, err := db.ExecContext(ctx, "DELETE FROM audit_log"); err != nil { // shared: audit* decides nothing
		return err
	}
	_ = cfg.Payments.Currency
	_, err := db.ExecContext(ctx, "INSERT INTO payments (amount) VALUES (1)")
	return err
}
