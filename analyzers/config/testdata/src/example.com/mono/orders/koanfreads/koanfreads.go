// Package koanfreads reads config keys through koanf v1 and v2.
package koanfreads

import (
	koanf1 "github.com/knadh/koanf"
	"github.com/knadh/koanf/v2"
)

func V2(k *koanf.Koanf, other *koanf.Koanf) {
	_ = k.String("payments.currency")     // want `orders reads config key payments.currency, owned by component payments`
	_ = k.MustString("payments.currency") // want `orders reads config key payments.currency, owned`
	_ = k.Get("payments")                 // want `orders reads config key payments \(which holds payments.\*\), owned`
	_ = k.Unmarshal("payments", nil)      // want `orders reads config key payments \(which holds payments.\*\), owned`
	_ = k.Set("payments.currency", "EUR") // want `orders writes config key payments.currency, owned`
	k.Delete("payments.retries")          // want `orders writes config key payments.retries, owned`
	_ = k.MergeAt(other, "payments")      // the path is argument 1 and MergeAt writes from another Koanf: not matched
	_ = k.String("orders.max_items")
	_ = k.Keys()
}

func V1(k *koanf1.Koanf) {
	_ = k.String("payments.currency") // want `orders reads config key payments.currency, owned`
	_ = k.Cut("payments")             // want `orders reads config key payments \(which holds payments.\*\), owned`
	_ = k.Exists("orders.max_items")
}
