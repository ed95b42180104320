// Package accessors reads keys through the accessors the spec declares.
package accessors

import "example.com/mono/platform/config"

func Reads(l *config.Loader, src config.Source) {
	_ = config.String("payments.currency")      // want `orders reads config key payments.currency, owned by component payments`
	_ = l.Env("STRIPE_SECRET_KEY")              // want `orders reads env STRIPE_SECRET_KEY, owned`
	_ = src.Lookup("payments", "payments.mode") // want `orders reads config key payments.mode, owned`
	_ = src.Lookup("payments.mode", "orders.x") // argument 0 is not the key
	_ = config.String("orders.max_items")
}
