// Package config loads the monolith's settings from the environment. The
// Payments section moves with the payments service when it is extracted.
package config

import (
	"os"
	"strconv"
)

// Config is every setting of the monolith.
type Config struct {
	DatabaseURL string
	HTTPAddr    string
	Payments    Payments
	Orders      Orders
}

// Payments configures the payments component.
type Payments struct {
	Currency      string
	StripeKey     string
	WebhookSecret string
}

// Orders configures the orders component.
type Orders struct {
	MaxItems int
}

// Load reads the settings every component shares; each component's own
// section is filled in by the composition root.
func Load() Config {
	return Config{
		DatabaseURL: getenv("DATABASE_URL", "postgres://localhost/monolith"),
		HTTPAddr:    getenv("HTTP_ADDR", ":8080"),
		Orders:      Orders{MaxItems: atoi(getenv("ORDERS_MAX_ITEMS", "50"))},
	}
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
