// Package viperreads reads config keys through viper.
package viperreads

import "github.com/spf13/viper"

func PackageLevel() {
	_ = viper.GetString("payments.currency")             // want `orders reads config key payments.currency, owned by component payments \(boundaries.yaml:7\)`
	_ = viper.GetInt("Payments.Retries")                 // want `orders reads config key Payments.Retries, owned by component payments`
	_ = viper.GetDuration("PAYMENTS.TIMEOUT")            // want `orders reads config key PAYMENTS.TIMEOUT, owned`
	_ = viper.IsSet("payments.currency")                 // want `orders reads config key payments.currency, owned`
	_ = viper.Sub("payments")                            // want `orders reads config key payments \(which holds payments.\*\), owned by component payments`
	_ = viper.UnmarshalKey("payments", nil)              // want `orders reads config key payments \(which holds payments.\*\), owned`
	viper.Set("payments.currency", "EUR")                // want `orders writes config key payments.currency, owned`
	viper.SetDefault("payments.retries", 3)              // want `orders writes config key payments.retries, owned`
	_ = viper.BindEnv("payments.key", "STRIPE_KEY")      // want `orders writes config key payments.key, owned` `orders reads env STRIPE_KEY, owned`
	viper.RegisterAlias("currency", "payments.currency") // want `orders writes config key payments.currency, owned`
}

func Methods(v *viper.Viper) {
	_ = v.GetString("payments.currency")                    // want `orders reads config key payments.currency, owned`
	_ = v.Sub("Payments").GetString("currency")             // want `orders reads config key Payments \(which holds payments.\*\), owned`
	v.Set("payments.currency", "EUR")                       // want `orders writes config key payments.currency, owned`
	_ = (*viper.Viper).GetString(v, "payments.currency")    // want `orders reads config key payments.currency, owned`
	_ = viper.GetViper().GetInt("shipping.carrier.retries") // want `orders reads config key shipping.carrier.retries, owned by component shipping`
}

func Dynamic(v *viper.Viper, name string) {
	_ = v.GetString("Payments.Refunds." + name) // want `orders reads config key Payments.Refunds.\.\.\. \(built at run time\), owned by component payments`
	_ = v.GetString("payments." + name)         // payments.public.* is shared
	_ = v.GetString(name)
}

func Free(v *viper.Viper) {
	_ = viper.GetString("orders.max_items")    // own key
	_ = viper.GetString("payments.public.key") // shared key under an owned prefix
	_ = viper.GetString("paymentsx.currency")  // unowned: the claim is payments.*
	_ = v.GetString("http.addr")               // unowned
	_ = viper.Get("shipping")                  // want `orders reads config key shipping \(which holds shipping.carrier.\*\), owned by component shipping`
	_ = viper.AllKeys()
	v.SetConfigName("payments") // not a key
}
