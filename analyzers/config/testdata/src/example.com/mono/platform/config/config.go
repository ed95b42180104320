// Package config is the shared config struct; its fields are claimed by
// the components that own them.
package config

import "os"

type Config struct {
	Payments PaymentsConfig
	Orders   OrdersConfig
	Shipping ShippingConfig
	DB       DBConfig
	Stripe   // embedded, owned by payments
	*Webhook // embedded pointer; only Webhook.Secret is owned
}

type PaymentsConfig struct {
	Currency   string
	WebhookURL string
	Retries    int
	Hosts      []string
}

type OrdersConfig struct{ MaxItems int }

type ShippingConfig struct{ Carrier CarrierConfig }

type CarrierConfig struct {
	Name   string
	APIKey string
}

type DBConfig struct{ URL string }

type Stripe struct{ APIKey string }

func (s Stripe) Masked() string { return "****" }

type Webhook struct {
	Secret string
	Path   string
}

func (w *Webhook) URL() string { return w.Path }

// Default is a package-level config value.
var Default Config

// String is a spec-declared accessor: its argument 0 is a config key.
func String(key string) string { return "" }

// Loader's Env method is a spec-declared accessor of env vars.
type Loader struct{}

func (l *Loader) Env(name string) string { return os.Getenv(name) }

// Source is an interface whose Lookup takes a key as argument 1.
type Source interface {
	Lookup(section, key string) string
}
