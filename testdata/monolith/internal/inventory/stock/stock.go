// Package stock tracks how many units of each SKU are on hand.
package stock

import (
	"fmt"
	"sync"

	"example.com/monolith/internal/orders/model" // violation (forbidden, and a cycle): inventory may not depend on orders
	//boundarylint:ignore legacy import, kept until the stock table moves
	"example.com/monolith/internal/platform/db"
)

// Stock is the in-memory view of the stock table.
type Stock struct {
	mu     sync.Mutex
	onHand map[string]int
	DB     *db.DB // where the stock table lives
}

// New returns an empty stock.
func New() *Stock { return &Stock{onHand: map[string]int{}} }

// Receive adds delivered units.
func (s *Stock) Receive(sku string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onHand[sku] += n
}

// Reserve takes the order's items off the shelf, all or nothing.
func (s *Stock) Reserve(o model.Order) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range o.Items {
		if s.onHand[it.SKU] < it.Quantity {
			return fmt.Errorf("out of stock: %s", it.SKU)
		}
	}
	for _, it := range o.Items {
		s.onHand[it.SKU] -= it.Quantity
	}
	return nil
}

// Release puts a failed order's items back.
func (s *Stock) Release(o model.Order) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range o.Items {
		s.onHand[it.SKU] += it.Quantity
	}
}
