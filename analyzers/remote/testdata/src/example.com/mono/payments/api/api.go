package api // want package:"Store.Items: returns its state as result 0"

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"sync"

	"example.com/mono/payments/ledger"
)

// ErrDeclined is a sentinel error.
var ErrDeclined = errors.New("declined")

// Receipt is plain data.
type Receipt struct {
	ID     string
	Amount int64
	Lines  []ledger.Entry
}

// Request holds a callback.
type Request struct {
	ID   string
	Done func(Receipt)
}

// Guarded holds a mutex.
type Guarded struct {
	Mu    sync.Mutex
	Count int
}

// Money says how it is encoded, whatever it holds.
type Money struct {
	fmt  func() string
	Conv func(int64) int64
}

func (Money) MarshalJSON() ([]byte, error) { return nil, nil }

// Notifier has methods.
type Notifier interface{ Notify(Receipt) }

// Charge takes and returns plain data.
func Charge(ctx context.Context, id string, amount int64) (Receipt, error) {
	return Receipt{ID: id, Amount: amount}, nil
}

// ChargeThen takes a callback.
func ChargeThen(ctx context.Context, id string, done func(Receipt)) error { return nil }

// Events returns a channel.
func Events() <-chan Receipt { return nil }

// Submit takes a struct holding a func.
func Submit(r *Request) error { return nil }

// Export takes an io.Writer and a Notifier.
func Export(w io.Writer, n Notifier) error { return nil }

// Pool hands out the database.
func Pool() *sql.DB { return nil }

// Record takes a transaction: tx/crossing's.
func Record(tx *sql.Tx, id string) error { return nil }

// Count takes a struct holding a mutex.
func Count(g *Guarded) int { return g.Count }

// Price takes a type that marshals itself, and an error.
func Price(m Money, prev error) error { return nil }

// FillReceipt fills its pointer parameter.
func FillReceipt(ctx context.Context, id string, r *Receipt) error { // want FillReceipt:"writes through parameter 2"
	r.ID = id
	return nil
}

// Book writes through its map parameter by handing it on to ledger.Put.
func Book(totals map[string]int64, id string) { // want Book:"writes through parameter 0"
	ledger.Put(totals, id, 1)
}

// Stamp writes through a path into its slice parameter, through ledger.
func Stamp(es []ledger.Entry) { // want Stamp:"writes through parameter 0"
	ledger.Stamp(&es[0], "x")
}

// Sum only reads.
func Sum(es []ledger.Entry) int64 { return ledger.Total(es) }

var rates = map[string]int64{"EUR": 100}

// Rates returns the package's own map.
func Rates() map[string]int64 { return rates } // want Rates:"returns its state as result 0"

// RatesCopy returns a copy.
func RatesCopy() map[string]int64 {
	out := map[string]int64{}
	for k, v := range rates {
		out[k] = v
	}
	return out
}

// Store keeps items.
type Store struct {
	items map[string]Receipt
	name  string
}

// Items returns the map the store keeps.
func (s *Store) Items() (map[string]Receipt, error) { return s.items, nil }

// Name returns plain data.
func (s *Store) Name() string { return s.name }

// Service is payments' handle: its behaviour stays in payments.
type Service struct {
	Pool   *sql.DB
	Notify Notifier
}

// New returns the handle: a result of the callee's own type with methods
// is silent, a client stub takes its place.
func New(pool *sql.DB) *Service { return &Service{Pool: pool} }

// Charge is a method of the handle.
func (s *Service) Charge(ctx context.Context, id string) error { return nil }

// Line is a value: its methods run on the caller's copy once payments is a
// service.
type Line struct {
	SKU   string
	Cents int64
}

// Scale changes the line through its receiver: silent, a value's method.
func (l *Line) Scale(f int64) { l.Cents *= f }

// Total reads it.
func (l Line) Total() int64 { return l.Cents }

// Ready asks payments whether it is up: an operation (it takes a context).
func Ready(ctx context.Context) bool { return true }

// Format is a function of plain data only.
func Format(id string) string { return "payment " + id }

// Customer holds a hook no encoder sends.
type Customer struct {
	ID   string
	Hook func() `json:"-"`
}

// Greet takes plain data: the json:"-" field does not cross.
func Greet(ctx context.Context, c Customer) error { return nil }

type poolKey struct{}

// PoolFrom hands out the database payments' middleware puts into the
// context: an accessor, ctxstate/context-read's.
func PoolFrom(ctx context.Context) *sql.DB { // want PoolFrom:"hands out a context value as result 0"
	return ctx.Value(poolKey{}).(*sql.DB)
}

// TryPoolFrom hands it out with whether it is there.
func TryPoolFrom(ctx context.Context) (*sql.DB, bool) { // want TryPoolFrom:"hands out a context value as result 0"
	db, ok := ctx.Value(poolKey{}).(*sql.DB)
	return db, ok
}

// Tenant reads the context for its own use and returns its own handle:
// no accessor.
func Tenant(ctx context.Context) *sql.DB {
	if ctx.Value(poolKey{}) == nil {
		return nil
	}
	return Pool()
}
