// Package state writes and reads payments' package variables.
package state

import (
	"errors"
	"net/http"

	"example.com/mono/payments/api"
	"example.com/mono/platform/cache"
)

func Writes() {
	api.DefaultRetries = 5   // want `orders writes payments/api.DefaultRetries, a package variable of component payments \(boundaries.yaml:7\); after extraction the two processes no longer share it: call payments through its API or keep the setting in orders`
	api.DefaultRetries++     // want `orders writes payments/api.DefaultRetries`
	p := &api.DefaultRetries // want `orders writes payments/api.DefaultRetries`
	*p = 1
	api.Mu.Lock()                            // want `orders writes payments/api.Mu`
	api.Rates["EUR"] = 1.1                   // want `orders writes payments/api.Rates`
	delete(api.Rates, "USD")                 // want `orders writes payments/api.Rates`
	api.Hooks = append(api.Hooks, func() {}) // want `orders writes payments/api.Hooks` `orders reads payments/api.Hooks`
	for api.DefaultRetries = range 3 {       // want `orders writes payments/api.DefaultRetries`
	}
	api.Settings.Retries = 4 // want `orders writes payments/api.Settings`
	cache.Entries["k"] = "v" // a shared component's state is free
}

func Reads(err error) {
	_ = api.Rates["EUR"] // want `orders reads payments/api.Rates, state of component payments that it changes at run time \(payments/api/account.go:50; boundaries.yaml:7\); after extraction orders sees its own copy: ask payments through its API`
	_ = len(api.Hooks)   // want `orders reads payments/api.Hooks`
	api.Locked(func() {})
	_ = api.Settings.Overrides["EUR"]   // want `orders reads payments/api.Settings, state of component payments that it changes at run time \(payments/api/account.go:106; boundaries.yaml:7\)`
	_ = api.Currencies                  // written only by init
	_ = errors.Is(err, api.ErrDeclined) // a sentinel error
	_ = api.DefaultRetries              // not mutable
	_ = api.Client.Charge()             // never written after init
	_ = http.DefaultClient              // outside the module
	_ = cache.Entries["k"]              // shared
}
