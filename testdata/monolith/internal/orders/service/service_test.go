package service_test

import (
	"context"
	"testing"

	"example.com/monolith/internal/inventory/stock"
	"example.com/monolith/internal/orders/model"
	"example.com/monolith/internal/orders/service"
)

func TestPlaceRejectsEmptyOrder(t *testing.T) {
	s := &service.Service{Stock: stock.New()}
	if _, err := s.Place(context.Background(), model.Order{ID: 1}); err == nil {
		t.Fatal("Place accepted an order without items")
	}
}
