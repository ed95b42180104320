// Package server implements payments' RPC services.
package server

type Payments struct{}

func (*Payments) Charge() {}
func (*Payments) Refund() {}

type Ledger struct{}

func (Ledger) Balance() {}
