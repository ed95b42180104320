// Package tags binds environment variables through struct tags.
package tags

import (
	"github.com/caarlos0/env"
	"github.com/kelseyhightower/envconfig"
)

// Settings is parsed with caarlos0/env.
type Settings struct {
	Mode     string  `env:"ORDERS_MODE"`
	Stripe   string  `env:"STRIPE_KEY,required"` // want `orders reads env STRIPE_KEY through struct tag env:"STRIPE_KEY", owned by component payments`
	DB       string  `env:"DATABASE_URL"`
	Payments Nested  `envPrefix:"PAYMENTS_"` // want `orders reads env PAYMENTS_URL through struct tag envPrefix:"PAYMENTS_", owned` `orders reads env PAYMENTS_INNER_TOKEN through struct tag envPrefix:"PAYMENTS_", owned`
	Orders   *Nested `envPrefix:"ORDERS_"`
}

type Nested struct {
	URL   string `env:"URL"`
	Inner struct {
		Token string `env:"TOKEN"`
	} `envPrefix:"INNER_"`
}

// Hooks is read with kelseyhightower/envconfig.
type Hooks struct {
	Secret        string `envconfig:"stripe_webhook_secret"` // want `orders reads env STRIPE_WEBHOOK_SECRET through struct tag envconfig:"stripe_webhook_secret", owned`
	WebhookSecret string `split_words:"true"`
	Timeout       int
	Ignored       string `ignored:"true"`
	Carrier       struct{ Token string }
	unexported    string
}

func Load() {
	var s Settings
	_ = env.Parse(&s)
	var h Hooks
	_ = envconfig.Process("payments", &h) // want `orders reads env PAYMENTS_STRIPE_WEBHOOK_SECRET through envconfig.Process \(field Secret\), owned` `reads env PAYMENTS_WEBHOOK_SECRET through envconfig.Process \(field WebhookSecret\)` `reads env PAYMENTS_TIMEOUT` `reads env PAYMENTS_CARRIER_TOKEN`
	envconfig.MustProcess("shipping", &h) // want `orders reads env SHIPPING_STRIPE_WEBHOOK_SECRET through envconfig.MustProcess` `SHIPPING_WEBHOOK_SECRET` `SHIPPING_TIMEOUT` `SHIPPING_CARRIER_TOKEN`
	_ = envconfig.Process("orders", &h)
	_ = envconfig.Usage("payments", &h)
}
