// Package getters reads payments' settings through payments' getters:
// each call reads the getter's key as surely as os.Getenv would.
package getters

import (
	"example.com/mono/payments/settings"
)

func Reads(o *settings.Options, c *settings.Config) {
	_ = settings.StripeKey()                           // want `orders reads env STRIPE_KEY through settings.StripeKey, owned by component payments \(boundaries.yaml:6\); ask payments through its API or move the setting`
	_ = settings.Mode()                                // want `orders reads env PAYMENTS_MODE through settings.Mode, owned by component payments`
	_ = o.PollingFrequency()                           // want `orders reads env PAYMENTS_POLLING_FREQUENCY through \(\*settings.Options\).PollingFrequency, owned`
	_ = c.Retries()                                    // want `orders reads env PAYMENTS_RETRIES through \(\*settings.Config\).Retries, owned`
	_ = c.Currency()                                   // want `orders reads env PAYMENTS_CURRENCY through \(\*settings.Config\).Currency, owned`
	_ = c.Region()                                     // want `orders reads config key payments.region through \(\*settings.Config\).Region, owned`
	_ = settings.WebhookSecret.GetString()             // want `orders reads config key payments.webhook.secret through \(settings.Key\).GetString, owned`
	_ = settings.Key.GetString(settings.WebhookSecret) // want `orders reads config key payments.webhook.secret through \(settings.Key\).GetString, owned`
	_ = settings.String("payments.currency")           // want `orders reads config key payments.currency through settings.String, owned`
	_ = settings.Webhook()                             // want `orders reads config key payments.webhook.secret through settings.Webhook, owned`
	f := c.Retries                                     // a method value is no call
	_ = f

	// Silent: no one key, or orders' own.
	_ = c.Both()
	_, _ = settings.Pair()
	_ = settings.Validate()
	_ = settings.Timeout()
	_ = settings.Issue("u")
	_ = settings.Dynamic("x")
	_ = settings.OrdersLimit.GetString()
	_ = settings.String("orders.max_items")
}
