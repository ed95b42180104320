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

// AccountFrom reads the unexported key and hands the value out: an accessor.
func AccountFrom(ctx context.Context) (Account, bool) { // want AccountFrom:"^hands out example.com/mono/payments/api.accountKey as result 0$"
	a, ok := ctx.Value(accountKey{}).(Account)
	return a, ok
}

// WithAccount sets it in the context it returns: a setter. Its calls are
// not reported; a handler that calls it sets the key (auth.RequireAccount).
func WithAccount(ctx context.Context, a Account) context.Context { // want WithAccount:"^sets example.com/mono/payments/api.accountKey for its caller$"
	return context.WithValue(ctx, accountKey{}, a)
}

// Trace hands out the trace ID and sets it in the context it returns: both
// are recorded, the read first.
func Trace(ctx context.Context) (context.Context, string) { // want Trace:"^hands out example.com/mono/payments/api.TraceKey as result 1; sets example.com/mono/payments/api.TraceKey for its caller$"
	if id, ok := ctx.Value(TraceKey).(string); ok {
		return ctx, id
	}
	return context.WithValue(ctx, TraceKey, "new"), "new"
}

var ErrDeclined = errors.New("declined") // a sentinel error: free to read

var Rates = map[string]float64{} // want Rates:"written after init at example.com/mono/payments/api/account.go:50"

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

type customerKey struct{}

// CustomerID is the customer payments' middleware found.
type CustomerID string

// Customer hands out the value as its underlying type: an accessor still.
func Customer(ctx context.Context) string { // want Customer:"^hands out example.com/mono/payments/api.customerKey as result 0$"
	id, _ := ctx.Value(customerKey{}).(CustomerID)
	return string(id)
}

// AccountRef hands out a pointer to the value AccountFrom hands out.
func AccountRef(ctx context.Context) *Account { // want AccountRef:"^hands out example.com/mono/payments/api.accountKey as result 0$"
	a, ok := AccountFrom(ctx)
	if !ok {
		return nil
	}
	return &a
}

// Settings is written after initialisation by the closure Reset holds: a
// function literal in a package-level initialiser runs when it is called.
var Settings struct { // want Settings:"written after init at example.com/mono/payments/api/account.go:106"
	Retries   int
	Overrides map[string]int
}

var Reset = func() { Settings.Overrides = nil }
