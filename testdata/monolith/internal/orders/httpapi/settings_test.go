package httpapi

import (
	"testing"

	"example.com/monolith/internal/platform/config"
)

func TestDisplayCurrency(t *testing.T) {
	var cfg config.Config
	cfg.Payments.Currency = "EUR" // violation (config field write): Config.Payments belongs to payments
	if got := DisplayCurrency(cfg); got != "EUR" {
		t.Fatalf("DisplayCurrency = %q, want EUR", got)
	}
}
