// Package api is payments' API: its context keys, an accessor and a setter
// for its unexported one, and package state of every kind.
package api

import (
	"context"
	"errors"
	"sync"
)

type Account struct{ ID string }

type accountKey struct{}

type ctxKey string

// TraceKey is an exported key of payments.
const TraceKey ctxKey = "trace"

// GinAccount is the key payments' gin and echo middleware store the account under.
const GinAccount = "payments.account"

// AccountFrom reads the unexported key: an accessor.
func AccountFrom(ctx context.Context) (Account, bool) { // want AccountFrom:"reads example.com/mono/payments/api.accountKey"
	a, ok := ctx.Value(accountKey{}).(Account)
	return a, ok
}

// WithAccount sets it.
func WithAccount(ctx context.Context, a Account) context.Context { // want WithAccount:"sets example.com/mono/payments/api.accountKey"
	return context.WithValue(ctx, accountKey{}, a)
}

// Trace reads and sets a key through a pointer: both are recorded, reads first.
func Trace(ctx context.Context) context.Context { // want Trace:"reads example.com/mono/payments/api.TraceKey; sets example.com/mono/payments/api.TraceKey"
	if ctx.Value(TraceKey) != nil {
		return ctx
	}
	return context.WithValue(ctx, TraceKey, "new")
}

var ErrDeclined = errors.New("declined") // a sentinel error: free to read

var Rates = map[string]float64{} // want Rates:"written after init at example.com/mono/payments/api/account.go:48"

// SetRate writes Rates after initialisation.
func SetRate(currency string, rate float64) {
	Rates[currency] = rate
}

var Currencies = []string{"EUR"} // written only by init: free to read

func init() {
	Currencies = append(Currencies, "USD")
}

var DefaultRetries = 3 // not mutable: reads are free, writes are not

var Mu sync.Mutex // want Mu:"written after init"

func Locked(f func()) {
	Mu.Lock()
	defer Mu.Unlock()
	f()
}

type Gateway struct{ URL string }

func (g *Gateway) Charge() error { return nil }

var Client = &Gateway{URL: "https://psp"} // a pointer nobody writes after init: free to read

var Hooks []func() // want Hooks:"written after init"

func Register(h func()) { Hooks = append(Hooks, h) }
