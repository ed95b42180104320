// Command server is the composition root: config.readers lets it read
// every component's configuration.
package main

import (
	"os"

	"example.com/mono/platform/config"
	"github.com/spf13/viper"
)

func main() {
	var cfg config.Config
	cfg.Payments.Currency = os.Getenv("PAYMENTS_CURRENCY")
	cfg.Stripe.APIKey = os.Getenv("STRIPE_SECRET_KEY")
	cfg.Secret = viper.GetString("payments.webhook.secret")
	cfg.Shipping.Carrier.APIKey = os.Getenv("SHIPPING_" + os.Args[1])
	_ = cfg
}
