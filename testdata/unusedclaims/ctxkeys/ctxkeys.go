// Package ctxkeys holds context keys components claim.
package ctxkeys

type key int

const (
	Account key = iota
	Gone
)
