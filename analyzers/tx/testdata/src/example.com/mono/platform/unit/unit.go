// Package unit has a unit of work that the spec declares a transaction type.
package unit

// Work is a transaction (data.transaction_types).
type Work struct{}

func (w *Work) Done() error { return nil }
