package checkout

import (
	"os"

	"example.com/monolith/internal/payments/api"
	"example.com/monolith/internal/platform/config"
)

const stripeKeyEnv = "STRIPE_SECRET_KEY"

// SecretKey is the Stripe key checkout preauthorizes with.
func SecretKey() string {
	return os.Getenv(stripeKeyEnv) // violation (config env): STRIPE_* belongs to payments
}

// QuoteCurrency is the currency fees are quoted in.
func QuoteCurrency() string {
	return config.String("payments.currency") // violation (config key): payments.* belongs to payments
}

// Fee is the card fee checkout shows for an amount.
func Fee(amount int64, currency string) int64 {
	return amount * api.FeeRates[currency] / 10000 // violation (ctxstate state-read): payments refreshes FeeRates at run time
}
