// Package claimsused reads its own, another component's and a shared
// variable, a config section and a field: run with -findings, as drivers
// run it, the analyzer tells them which claims decided the owners (the
// shared name is no claim; reading "shipping" reads shipping.carrier.*).
package claimsused // want `uses claims boundaries.yaml:6:13, boundaries.yaml:16:13, boundaries.yaml:18:16, boundaries.yaml:25:16`

import (
	"os"

	"example.com/mono/platform/config"
	"github.com/spf13/viper"
)

func Reads(cfg *config.Config) {
	_ = os.Getenv("ORDERS_LIMIT")
	_ = os.Getenv("DATABASE_URL")
	_ = os.Getenv("PAYMENTS_MODE") // want `orders reads env PAYMENTS_MODE`
	_ = viper.Sub("shipping")      // want `orders reads config key shipping \(which holds shipping.carrier.\*\)`
	_ = cfg.Orders
}
