// Package settings is payments' configuration, read through getters in // want package:`Config\.Currency: gets setting PAYMENTS_CURRENCY; Config\.Retries: gets env PAYMENTS_RETRIES; Key\.GetString: gets the config key its receiver names; Options\.PollingFrequency: gets setting PAYMENTS_POLLING_FREQUENCY`
// every style the config analyzer infers: each exported getter carries a
// fact naming its key, and calls from other components are findings.
package settings

import (
	"os"
	"strconv"
	"strings"

	"github.com/spf13/viper"
)

// StripeKey returns one variable directly.
func StripeKey() string { return os.Getenv("STRIPE_KEY") } // want StripeKey:"gets env STRIPE_KEY"

// Mode falls back to a default: constants come from no key.
func Mode() string { // want Mode:"gets env PAYMENTS_MODE"
	m := os.Getenv("PAYMENTS_MODE")
	if m == "" {
		m = "live"
	}
	return m
}

// Options holds every variable at start-up, keyed by name (miniflux's
// style); each setting is a method indexing it with a constant.
type Options struct {
	opts map[string]string
}

// Load fills the options from the environment.
func Load() *Options {
	o := &Options{opts: map[string]string{}}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		o.opts[k] = v
	}
	return o
}

// PollingFrequency indexes the map with a constant: the key's kind is
// decided by the spec's claims at the call.
func (o *Options) PollingFrequency() int {
	n, _ := strconv.Atoi(o.opts["PAYMENTS_POLLING_FREQUENCY"])
	return n
}

// Config keeps parsed values in fields filled at start-up.
type Config struct {
	retries  int
	currency string
	both     string
}

// Parse fills the fields: retries from one variable, currency in the case
// of a switch on the variable's name, both from two variables.
func Parse(lines []string) *Config {
	c := &Config{}
	c.retries, _ = strconv.Atoi(os.Getenv("PAYMENTS_RETRIES"))
	for _, line := range lines {
		key, value, _ := strings.Cut(line, "=")
		switch key {
		case "PAYMENTS_CURRENCY":
			c.currency = strings.ToUpper(value)
		}
	}
	c.both = os.Getenv("PAYMENTS_A") + os.Getenv("PAYMENTS_B")
	return c
}

// Retries returns a field assigned from one variable only.
func (c *Config) Retries() int { return c.retries }

// Currency returns a field the switch case of its name fills.
func (c *Config) Currency() string { return c.currency }

// Both comes from two variables: a getter of neither.
func (c *Config) Both() string { return c.both }

// Pair reads two variables: a getter of neither.
func Pair() (string, string) { return os.Getenv("PAYMENTS_A"), os.Getenv("PAYMENTS_B") }

// Region is declared a getter in the spec's config.getters: its value
// comes through an interface the analyzer cannot follow.
func (c *Config) Region() string { return lookup.Get("payments.region") }

var lookup interface{ Get(string) string }

// Key names a config key; its methods read the key their receiver names
// (vikunja's style): config.ServiceJWTSecret.GetString().
type Key string

// The keys.
const (
	WebhookSecret Key = "payments.webhook.secret"
	OrdersLimit   Key = "orders.limit"
)

// GetString reads the key its receiver names.
func (k Key) GetString() string { return viper.GetString(string(k)) }

// String wraps viper for a key its caller passes.
func String(key string) string { return viper.GetString(key) } // want String:"gets the config key its parameter 0 names"

// Webhook reads through another getter of the package.
func Webhook() string { return WebhookSecret.GetString() } // want Webhook:"gets config key payments.webhook.secret"

// Timeout reads two variables, though only one reaches its result: a
// getter of neither.
func Timeout() int {
	if os.Getenv("PAYMENTS_DEBUG") != "" {
		return 0
	}
	n, _ := strconv.Atoi(os.Getenv("PAYMENTS_TIMEOUT"))
	return n
}

// Ping and Pong call each other besides what they return: the inference
// ends, and both are getters of the one variable they read.
func Ping() string { _ = Pong(); return os.Getenv("PAYMENTS_PING") } // want Ping:"gets env PAYMENTS_PING"

// Pong: see Ping.
func Pong() string { _ = Ping(); return os.Getenv("PAYMENTS_PING") } // want Pong:"gets env PAYMENTS_PING"

// Validate returns only an error: it hands out no setting.
func Validate() error {
	_, err := strconv.Atoi(os.Getenv("PAYMENTS_RETRIES"))
	return err
}

// Dynamic reads a key built at run time besides a constant one: no getter.
func Dynamic(name string) string {
	return os.Getenv("PAYMENTS_X") + os.Getenv("PAYMENTS_"+strings.ToUpper(name))
}

// retriesOwn is a getter the package uses itself: unexported, no fact.
func retriesOwn() string { return os.Getenv("PAYMENTS_RETRIES") }

// ordersLimit reads orders' key through payments' own getter of the key
// its receiver names: the call decides the key, so it is checked here.
func ordersLimit() string { return OrdersLimit.GetString() } // want `payments reads config key orders.limit through \(settings.Key\).GetString, owned by component orders`

// regionOwn calls payments' declared getter of its own key: silent.
func regionOwn(c *Config) string { return c.Region() }

// Own calls its own getters: payments reads its own settings, silent.
func Own(c *Config) string {
	return StripeKey() + Mode() + c.Currency() + WebhookSecret.GetString() + retriesOwn()
}

// Token is what Issue hands out: a value of its own with one setting in it.
type Token struct {
	Value     string
	ExpiresIn string
}

// Issue returns a token whose expiry is one setting: a struct bundling a
// setting with values of its own is no getter of it (vikunja's
// oauth2server.ExchangeToken).
func Issue(user string) *Token {
	return &Token{Value: "t-" + user, ExpiresIn: os.Getenv("PAYMENTS_TOKEN_TTL")}
}
