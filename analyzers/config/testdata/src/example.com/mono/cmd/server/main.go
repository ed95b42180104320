// Command server is the composition root (composition_root: true): it reads
// the configuration of the components it depends on, and of no other.
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
	_ = os.Getenv("ORDERS_REGION")     // want `server reads env ORDERS_REGION, owned by component orders \(boundaries.yaml:\d+\); ask orders through its API or move the setting`
	_ = viper.GetString("orders.zone") // want `server reads config key orders.zone, owned by component orders`
	cfg.Orders.MaxItems = 3            // want `server writes field platform/config.Config.Orders.MaxItems, owned by component orders`
	_ = cfg
}
