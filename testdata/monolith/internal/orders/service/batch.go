package service

import (
	"context"

	"example.com/monolith/internal/orders/model"
	"example.com/monolith/internal/payments/api"
)

// PlaceAll charges each order of a batch and hands its receipt to send.
// Each iteration calls payments twice (remote/call-in-loop), and the
// receipt is filled through a pointer (remote/writes-argument).
func (s *Service) PlaceAll(ctx context.Context, orders []model.Order, send func(api.Receipt)) error {
	for _, o := range orders {
		if _, err := s.Payments.Charge(ctx, o.ID, o.Customer, o.Total(), o.Currency); err != nil {
			return err
		}
		var r api.Receipt
		if err := s.Payments.FillReceipt(ctx, o.ID, &r); err != nil {
			return err
		}
		send(r)
	}
	return nil
}

// WatchRefunds marks refunded orders: payments calls back into orders'
// process (remote/non-data).
func (s *Service) WatchRefunds(refunded map[int64]int64) {
	api.OnRefund(func(orderID, amount int64) { refunded[orderID] += amount })
}

// WaiveFee zeroes the card fee of a currency in the table payments hands
// out: its own map, which the write changes only in process
// (remote/aliased-result).
func WaiveFee(currency string) {
	fees := api.FeeTable()
	fees[currency] = 0
}
