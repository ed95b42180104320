package httpapi

import (
	"time"

	"example.com/monolith/internal/platform/config"
)

// Settings are the HTTP layer's settings, parsed from the environment with
// caarlos0/env-style tags.
type Settings struct {
	RefundWindow  time.Duration `env:"ORDERS_REFUND_WINDOW"`
	WebhookSecret string        `env:"STRIPE_WEBHOOK_SECRET"` // violation (config tag): STRIPE_* belongs to payments
}

// DisplayCurrency is the currency order totals are shown in.
func DisplayCurrency(cfg config.Config) string {
	return cfg.Payments.Currency // violation (config field): Config.Payments belongs to payments
}
