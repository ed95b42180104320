package service

import (
	"context"

	"example.com/monolith/internal/payments/api"
	"example.com/monolith/internal/platform/bus"
)

// Listen marks orders paid when payments announces a capture: subscribing
// to another component's topic is how events decouple, so it is silent.
func (s *Service) Listen() {
	bus.Subscribe(api.TopicCaptured, func(payload any) {
		if c, ok := payload.(api.Captured); ok {
			s.markPaid(c.OrderID)
		}
	})
}

func (s *Service) markPaid(orderID int64) {}

// Prefetch asks payments for an order's total in the background: an
// asynchronous path into payments, listed in the document, no finding.
func (s *Service) Prefetch(ctx context.Context, orderID int64) {
	go s.Payments.Paid(ctx, orderID)
}

// RequestRefund publishes on a topic payments owns: reported
// (events/foreign-topic); orders should publish order.refund_requested,
// which payments subscribes to, or call payments' API.
func (s *Service) RequestRefund(orderID int64) {
	bus.Publish("payment.refund_requested", orderID) // violation (events/foreign-topic)
}
