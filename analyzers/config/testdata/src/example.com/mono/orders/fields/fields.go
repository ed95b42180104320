// Package fields touches fields of the shared config struct.
package fields

import "example.com/mono/platform/config"

func Reads(cfg config.Config, p *config.Config, list []config.Config) {
	_ = cfg.Payments.Currency            // want `orders reads field platform/config.Config.Payments.Currency, owned by component payments \(boundaries.yaml:9\); ask payments through its API or move the setting`
	pc := cfg.Payments                   // want `orders reads field platform/config.Config.Payments, owned`
	_ = pc.Currency                      // the copy was reported where it was taken
	_ = p.Payments.WebhookURL            // want `orders reads field platform/config.Config.Payments.WebhookURL, owned`
	_ = (*p).Payments.Retries            // want `orders reads field platform/config.Config.Payments.Retries, owned`
	_ = (p.Payments).Hosts[0]            // want `orders reads field platform/config.Config.Payments.Hosts, owned`
	_ = &cfg.Payments                    // want `orders reads field platform/config.Config.Payments, owned`
	_ = list[0].Payments                 // want `orders reads field platform/config.Config.Payments, owned`
	_ = config.Default.Payments.Currency // want `orders reads field platform/config.Config.Payments.Currency, owned`
	_ = load().Payments                  // want `orders reads field platform/config.Config.Payments, owned`
}

func load() *config.Config { return nil }

// Embedded structs: promoted fields and methods go through the owned field.
func Embedded(cfg *config.Config) {
	_ = cfg.APIKey         // want `orders reads field platform/config.Config.Stripe.APIKey, owned by component payments \(boundaries.yaml:10\)`
	_ = cfg.Stripe         // want `orders reads field platform/config.Config.Stripe, owned`
	_ = cfg.Masked()       // want `orders reads field platform/config.Config.Stripe, owned`
	_ = cfg.Secret         // want `orders reads field platform/config.Webhook.Secret, owned by component payments \(boundaries.yaml:11\)`
	_ = cfg.Webhook.Secret // want `orders reads field platform/config.Webhook.Secret, owned`
	_ = cfg.Path           // Webhook.Path is not owned
	_ = cfg.URL()          // nor is the promoted method of Webhook
}

// Deep claims: shipping owns only Config.Shipping.Carrier.APIKey.
func Deep(cfg *config.Config) {
	_ = cfg.Shipping.Carrier.APIKey // want `orders reads field platform/config.Config.Shipping.Carrier.APIKey, owned by component shipping \(boundaries.yaml:26\)`
	_ = cfg.Shipping.Carrier.Name
	_ = cfg.Shipping.Carrier // the containing struct is not the claimed field
}

func Writes(cfg *config.Config) {
	cfg.Payments.Currency = "EUR"       // want `orders writes field platform/config.Config.Payments.Currency, owned`
	cfg.Payments.Retries++              // want `orders writes field platform/config.Config.Payments.Retries, owned`
	cfg.Payments.Hosts[0] = "x"         // want `orders writes field platform/config.Config.Payments.Hosts, owned`
	cfg.Secret, cfg.Path = "s", "/hook" // want `orders writes field platform/config.Webhook.Secret, owned`
	*cfg = config.Config{
		Payments: config.PaymentsConfig{Currency: "EUR"}, // want `orders writes field platform/config.Config.Payments, owned`
		Orders:   config.OrdersConfig{MaxItems: 10},
		Shipping: config.ShippingConfig{Carrier: config.CarrierConfig{
			Name:   "dhl",
			APIKey: "k", // want `orders writes field platform/config.Config.Shipping.Carrier.APIKey, owned by component shipping`
		}},
		Webhook: &config.Webhook{"s3cr3t", "/hook"}, // want `orders writes field platform/config.Webhook.Secret, owned`
	}
	_ = []config.Config{{Stripe: config.Stripe{}}} // want `orders writes field platform/config.Config.Stripe, owned`
}

// Own and unowned fields are free.
func Free(cfg *config.Config) {
	_ = cfg.Orders.MaxItems
	cfg.Orders.MaxItems = 5
	_ = cfg.DB.URL
	_ = config.CarrierConfig{APIKey: "k"} // the claim is on the path from Config
}
