// Package payments owns PAYMENTS_*, STRIPE_*, payments.* and the
// Payments, Stripe and Webhook.Secret fields of the platform config.
package payments

import (
	"os"

	"example.com/mono/platform/config"
	"github.com/spf13/viper"
)

// Names other packages fold into their keys.
const (
	EnvPrefix    = "PAYMENTS_"
	SecretKeyEnv = "STRIPE_SECRET_KEY"
	CurrencyKey  = "payments.currency"
	Section      = "payments"
)

// Own reads its own configuration: silent.
func Own(cfg *config.Config) string {
	_ = os.Getenv(SecretKeyEnv)
	os.Setenv(EnvPrefix+"MODE", "live")
	_ = viper.GetString(CurrencyKey)
	_ = cfg.Payments.Currency
	_ = cfg.APIKey
	cfg.Secret = "rotated"
	return cfg.Payments.WebhookURL
}
