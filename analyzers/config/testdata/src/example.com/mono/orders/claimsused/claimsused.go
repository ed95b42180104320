// Package claimsused reads its own, another component's and a shared
// variable, a config section and a field: run with -findings, as drivers
// run it, the analyzer tells them which claims decided the owners (the
// shared name is no claim; reading "shipping" reads shipping.carrier.*).
// A shared name inside another component's claim tells which claim it
// would belong to, for the unused-claim message.
package claimsused // want `uses claims boundaries.yaml:6:13, boundaries.yaml:16:13, boundaries.yaml:18:16, boundaries.yaml:25:16; shared names of claims boundaries.yaml:6:25 \(shared by boundaries.yaml:43:25\)`

import (
	"os"

	"example.com/mono/platform/config"
	"github.com/spf13/viper"
)

func Reads(cfg *config.Config) {
	_ = os.Getenv("ORDERS_LIMIT")
	_ = os.Getenv("DATABASE_URL")
	_ = os.Getenv("STRIPE_PUBLIC_KEY") // shared, inside payments' STRIPE_*
	_ = os.Getenv("PAYMENTS_MODE")     // want `orders reads env PAYMENTS_MODE`
	_ = viper.Sub("shipping")          // want `orders reads config key shipping \(which holds shipping.carrier.\*\)`
	_ = cfg.Orders
}
