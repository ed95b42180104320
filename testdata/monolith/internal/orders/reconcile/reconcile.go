// Package reconcile is the nightly job that checks every order was charged
// its total.
package reconcile

import (
	"context"
	"fmt"

	"example.com/monolith/internal/orders/model"
	//boundarylint:ignore the nightly job reads payment rows directly until PAY-1234 adds a bulk query to payments/api
	"example.com/monolith/internal/payments/store"
)

// Check returns an error for the first order whose payments do not add up.
func Check(ctx context.Context, s *store.Store, orders []model.Order) error {
	for _, o := range orders {
		paid, err := s.TotalFor(ctx, o.ID)
		if err != nil {
			return err
		}
		if paid != o.Total() {
			return fmt.Errorf("order %d: paid %d, total %d", o.ID, paid, o.Total())
		}
	}
	return nil
}
