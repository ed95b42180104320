package reconcile

import "example.com/monolith/internal/platform/config"

// Currency is the currency the nightly job compares totals in.
func Currency(cfg config.Config) string {
	//boundarylint:ignore the job compares in the payments currency until PAY-1240 puts it on every payment row
	return cfg.Payments.Currency
}
