package httpapi

import (
	"testing"

	"example.com/monolith/internal/platform/config"
)

func TestDisplayCurrency(t *testing.T) {
	var cfg config.Config
	cfg.Payments.Currency = "EUR" // setup, not coupling: a test that fills Config.Payments for the code under test is not reported
	if got := DisplayCurrency(cfg); got != "EUR" {
		t.Fatalf("DisplayCurrency = %q, want EUR", got)
	}
}
