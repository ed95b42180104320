// Package strict belongs to shipping, which sets strict_config: keys built
// at run time are reported as unverifiable.
package strict

import (
	"fmt"
	"os"

	"example.com/mono/platform/config"
	"github.com/kelseyhightower/envconfig"
	"github.com/spf13/viper"
)

const prefix = "SHIPPING_"

func Dynamic(name string, v *viper.Viper, l *config.Loader) {
	_ = os.Getenv(name)                           // want `unverifiable config key: shipping reads env through os.Getenv with a key built at run time; component shipping sets strict_config \(boundaries.yaml:22\), so use a constant key`
	_ = os.Getenv(name + "_TOKEN")                // want `unverifiable config key: shipping reads env through os.Getenv`
	os.Setenv(fmt.Sprintf("%s_TOKEN", name), "1") // want `unverifiable config key: shipping writes env through os.Setenv`
	_ = os.Getenv("STRIPE_" + name)               // want `unverifiable config key: shipping reads env through os.Getenv`
	_ = os.Getenv(prefix + name)                  // every SHIPPING_... is shipping's own: verifiable
	os.Setenv(fmt.Sprintf("SHIPPING_%s", name), "1")
	_ = os.Getenv("PAYMENTS_" + name)        // want `shipping reads env PAYMENTS_\.\.\. \(built at run time\), owned by component payments`
	_ = v.GetString(name)                    // want `unverifiable config key: shipping reads config key through \(\*viper.Viper\).GetString`
	_ = l.Env(name)                          // want `unverifiable config key: shipping reads env through \(\*config.Loader\).Env`
	_ = envconfig.Process(name, &struct{}{}) // want `unverifiable config key: shipping reads env through envconfig.Process`
}

func Constant(cfg *config.Config) {
	_ = os.Getenv(prefix + "TOKEN") // own, constant
	_ = os.Getenv("PAYMENTS_MODE")  // want `shipping reads env PAYMENTS_MODE, owned by component payments`
	_ = cfg.Shipping.Carrier.APIKey // own field
}
