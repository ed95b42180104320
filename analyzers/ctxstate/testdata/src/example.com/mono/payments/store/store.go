// Package store is payments' data layer, shaped like gitea's models/db:
// the transaction engine travels in the context under a key of payments',
// which payments reads and sets inside its own functions.
package store

import "context"

// Engine runs queries, in a transaction or not.
type Engine interface {
	Exec(query string) error
}

type engineKey struct{}

type session struct{}

func (session) Exec(string) error { return nil }

var defaultEngine Engine = session{}

// GetEngine hands out the engine: an accessor, reported when another
// component calls it.
func GetEngine(ctx context.Context) Engine { // want GetEngine:"^hands out example.com/mono/payments/store.engineKey as result 0$"
	if e, ok := ctx.Value(engineKey{}).(Engine); ok {
		return e
	}
	return defaultEngine
}

func withEngine(ctx context.Context, e Engine) context.Context { // want withEngine:"^sets example.com/mono/payments/store.engineKey for its caller$"
	return context.WithValue(ctx, engineKey{}, e)
}

// Begin returns a context that holds a transaction: a setter, whose calls
// are not reported.
func Begin(ctx context.Context) (context.Context, error) { // want Begin:"^sets example.com/mono/payments/store.engineKey for its caller$"
	return withEngine(ctx, session{}), nil
}

// WithTx runs fn in a transaction: it sets the key for a callback it runs
// itself and hands nothing back, so it has no fact.
func WithTx(ctx context.Context, fn func(ctx context.Context) error) error {
	return fn(withEngine(ctx, session{}))
}

// InTx reads the key but hands out only whether there is a transaction:
// no fact.
func InTx(ctx context.Context) bool {
	_, ok := ctx.Value(engineKey{}).(session)
	return ok
}

// Charge reads the engine through GetEngine for its own query: no fact.
func Charge(ctx context.Context, cents int) error {
	_ = cents
	return GetEngine(ctx).Exec("INSERT INTO charges")
}

// Refund reaches the key two calls deep, in a transaction: no fact either.
func Refund(ctx context.Context, cents int) error {
	return WithTx(ctx, func(ctx context.Context) error { return Charge(ctx, -cents) })
}
