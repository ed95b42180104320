// Package folding builds keys from constants of other packages.
package folding

import (
	"fmt"
	"os"

	"example.com/mono/payments"
	"github.com/spf13/viper"
)

const local = payments.EnvPrefix + "WEBHOOK_SECRET"

type mode string

func (m mode) String() string { return "PAYMENTS_" + string(m) }

type plain string

func Fold() {
	_ = os.Getenv(payments.SecretKeyEnv)                                          // want `orders reads env STRIPE_SECRET_KEY, owned`
	_ = os.Getenv(payments.EnvPrefix + "MODE")                                    // want `orders reads env PAYMENTS_MODE, owned`
	_ = os.Getenv(local)                                                          // want `orders reads env PAYMENTS_WEBHOOK_SECRET, owned`
	_ = viper.GetString(payments.Section + "." + "currency")                      // want `orders reads config key payments.currency, owned`
	_ = viper.GetString(payments.CurrencyKey)                                     // want `orders reads config key payments.currency, owned`
	_ = os.Getenv(fmt.Sprintf("%sRETRIES_%d", payments.EnvPrefix, 3))             // want `orders reads env PAYMENTS_RETRIES_3, owned`
	_ = viper.GetBool(fmt.Sprintf("%s.%s.enabled", "payments", plain("refunds"))) // want `orders reads config key payments.refunds.enabled, owned`
	_ = os.Getenv(fmt.Sprintf("%s", "STRIPE_") + "KEY")                           // want `orders reads env STRIPE_KEY, owned`
	_ = os.Getenv(fmt.Sprintf("STRIPE_%t", true))                                 // want `orders reads env STRIPE_true, owned`
}

// Not foldable: a Stringer argument runs at run time, and a non-constant
// argument is unknown; orders is not strict, so these are skipped unless a
// constant prefix decides the owner.
func NotFoldable(n int) {
	_ = os.Getenv(fmt.Sprintf("%v", mode("MODE")))
	_ = os.Getenv(fmt.Sprintf("%d_PAYMENTS", n))
	_ = os.Getenv(fmt.Sprintf("PAYMENTS_%d", n)) // want `orders reads env PAYMENTS_\.\.\. \(built at run time\), owned by component payments \(boundaries.yaml:6\)`
	_ = os.Getenv(fmt.Sprint("PAYMENTS_MODE"))
}

// Locals assigned once, at their declaration, fold like constants.
func Locals(other string) {
	key := "STRIPE_SECRET_KEY"
	_ = os.Getenv(key) // want `orders reads env STRIPE_SECRET_KEY, owned`
	var section = payments.Section
	full := section + ".currency"
	_ = viper.GetString(full) // want `orders reads config key payments.currency, owned`
	dyn := "PAYMENTS_" + other
	_ = os.Getenv(dyn) // want `orders reads env PAYMENTS_\.\.\. \(built at run time\), owned`

	reassigned := "STRIPE_SECRET_KEY"
	reassigned = other
	_ = os.Getenv(reassigned) // assigned twice: unknown

	pointed := "STRIPE_SECRET_KEY"
	setTo(&pointed, other)
	_ = os.Getenv(pointed) // its address escapes: unknown

	for _, loop := range []string{"STRIPE_SECRET_KEY"} {
		_ = os.Getenv(loop) // a range variable: unknown
	}
	var zero string
	_ = os.Getenv(zero)
}

func setTo(p *string, v string) { *p = v }
