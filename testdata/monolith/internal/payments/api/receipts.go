package api

import (
	"context"
	"sync"
)

// Receipt is what a customer is sent once an order is charged.
type Receipt struct {
	OrderID int64
	Amount  int64
}

// FillReceipt fills r with what the order has been charged. Filling the
// caller's struct through a pointer works only in process: once payments is
// a service, the caller's r stays empty (remote/writes-argument).
func (s *Service) FillReceipt(ctx context.Context, orderID int64, r *Receipt) error {
	paid, err := s.Store.TotalFor(ctx, orderID)
	if err != nil {
		return err
	}
	r.OrderID, r.Amount = orderID, paid
	return nil
}

var (
	refundMu    sync.Mutex
	refundHooks []func(orderID, amount int64)
)

// OnRefund registers fn to run whenever a refund is booked: a callback
// into the caller's process, which no network call can carry
// (remote/non-data).
func OnRefund(fn func(orderID, amount int64)) {
	refundMu.Lock()
	defer refundMu.Unlock()
	refundHooks = append(refundHooks, fn)
}
