// Package config is the shared config struct; its fields are claimed by // want package:`Loader\.Env: gets the env its parameter 0 names`
// the components that own them.
package config // want `field claim platform/config.Config.Paymnts of component platform \(boundaries.yaml:32\) names no field Paymnts; fix the claim` `field claim platform/config.Config.DB.URL.Host of component platform \(boundaries.yaml:33\) goes through URL, which is not a struct` `field claim platform/config.Settings.Key .* names no type Settings of package config` `config accessor example.com/mono/platform/config.Strng \(boundaries.yaml:\d+\) names no function of package config; fix the accessor` `config accessor example.com/mono/platform/config.Loader.Env .* has no argument 1` `config accessor example.com/mono/platform/config.Default .* names no function` `config accessor example.com/mono/platform/config.Int .* takes no string as argument 1` `config getter example.com/mono/platform/config.Loader.Home \(boundaries.yaml:\d+\) names no function of package config; fix the getter`

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

// Int is declared with key 1, which is no string.
func Int(key string, def int) int { return def }

// Loader's Env method is a spec-declared accessor of env vars.
type Loader struct{}

func (l *Loader) Env(name string) string { return os.Getenv(name) }

// Source is an interface whose Lookup takes a key as argument 1.
type Source interface {
	Lookup(section, key string) string
}
