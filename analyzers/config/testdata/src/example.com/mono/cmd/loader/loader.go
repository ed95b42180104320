// Package loader is a shared config loader listed in config.readers: it may
// read every component's configuration.
package loader

import (
	"os"

	"example.com/mono/platform/config"
)

// Load fills the whole configuration.
func Load() config.Config {
	var cfg config.Config
	cfg.Payments.Currency = os.Getenv("PAYMENTS_CURRENCY")
	cfg.Orders.MaxItems = len(os.Getenv("ORDERS_REGION"))
	return cfg
}
