// Package service places orders: it reserves stock, then charges the customer.
package service

import (
	"context"
	"errors"
	"fmt"

	"example.com/monolith/internal/inventory/stock"
	"example.com/monolith/internal/orders/model"
	"example.com/monolith/internal/payments/api"
	"example.com/monolith/internal/payments/ledger" // violation (private): ledger is not in payments' api
)

// Service places orders.
type Service struct {
	Stock    *stock.Stock
	Payments *api.Service
	Ledger   *ledger.Ledger
}

// Place reserves the order's items and charges the customer.
func (s *Service) Place(ctx context.Context, o model.Order) (string, error) {
	if len(o.Items) == 0 {
		return "", errors.New("order has no items")
	}
	if err := s.Stock.Reserve(o); err != nil {
		return "", fmt.Errorf("reserving order %d: %w", o.ID, err)
	}
	id, err := s.Payments.Charge(ctx, o.ID, o.Customer, o.Total(), o.Currency)
	if err != nil {
		s.Stock.Release(o)
		return "", err
	}
	return id, nil
}

// Revenue reads the merchant balance straight from the payments ledger.
func (s *Service) Revenue() int64 {
	return s.Ledger.Balance("merchant")
}
