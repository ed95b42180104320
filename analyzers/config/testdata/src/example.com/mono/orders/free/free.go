// Package free reads keys orders may read: its own, shared and unowned ones.
package free

import (
	"os"

	"example.com/mono/payments"
	"github.com/spf13/viper"
)

func Reads() {
	_ = os.Getenv("ORDERS_MAX_ITEMS")       // own
	_ = os.Getenv("DATABASE_URL")           // shared
	_ = os.Getenv("STRIPE_PUBLIC_KEY")      // shared, although STRIPE_* is payments'
	_ = os.Getenv("HOME")                   // nobody's
	_ = os.Getenv("XPAYMENTS_MODE")         // the claim is PAYMENTS_*
	_ = viper.GetString("orders.max_items") // own
	_ = viper.GetString("log.level")        // nobody's
	_ = payments.EnvPrefix                  // a constant alone is no read
}
