// Package suppressed silences findings with //boundarylint:ignore.
package suppressed

import (
	"os"

	"example.com/mono/platform/config"
)

func Legacy(cfg *config.Config) string {
	//boundarylint:ignore legacy refund job, removed in PAY-1234
	_ = os.Getenv("STRIPE_SECRET_KEY")
	return cfg.Payments.Currency //boundarylint:ignore reconciliation reads the currency until PAY-99
}
