// Package envreads reads environment variables through the standard library.
package envreads

import (
	"os"
	"syscall"
)

func Reads() {
	_ = os.Getenv("STRIPE_SECRET_KEY")                      // want `orders reads env STRIPE_SECRET_KEY, owned by component payments \(boundaries.yaml:6\); ask payments through its API or move the setting`
	_, _ = os.LookupEnv("PAYMENTS_MODE")                    // want `orders reads env PAYMENTS_MODE, owned by component payments \(boundaries.yaml:6\)`
	_, _ = syscall.Getenv("STRIPE_WEBHOOK")                 // want `orders reads env STRIPE_WEBHOOK, owned`
	_ = os.ExpandEnv("https://${PAYMENTS_HOST}:$HTTP_PORT") // want `orders reads env PAYMENTS_HOST, owned`
	_ = (os.Getenv)(("SHIPPING_TOKEN"))                     // want `orders reads env SHIPPING_TOKEN, owned by component shipping \(boundaries.yaml:24\)`
}

func Writes() {
	os.Setenv("STRIPE_SECRET_KEY", "sk_test") // want `orders writes env STRIPE_SECRET_KEY, owned by component payments`
	os.Unsetenv("PAYMENTS_MODE")              // want `orders writes env PAYMENTS_MODE, owned`
	syscall.Setenv("PAYMENTS_MODE", "test")   // want `orders writes env PAYMENTS_MODE, owned`
}

// Dynamic keys are skipped (orders does not set strict_config), unless a
// constant prefix decides the owner.
func Dynamic(name string) string {
	_ = os.Getenv("PAYMENTS_" + name)                  // want `orders reads env PAYMENTS_\.\.\. \(built at run time\), owned by component payments`
	os.Setenv("PAYMENTS_"+name, "")                    // want `orders writes env PAYMENTS_\.\.\. \(built at run time\), owned`
	_ = os.Getenv("ORDERS_" + name)                    // every ORDERS_... is orders' own
	return os.Getenv(name) + os.Getenv("STRIPE_"+name) // STRIPE_PUBLIC_KEY is shared: STRIPE_... is not all payments'
}

// Names are case-sensitive, as the operating system treats them.
func CaseSensitive() string { // want CaseSensitive:"gets env stripe_secret_key"
	return os.Getenv("stripe_secret_key")
}
