// Package crossing lets transactions cross into payments in every way.
package crossing

import (
	"context"
	"database/sql"

	"example.com/mono/payments/store"
	"example.com/mono/platform/unit"
)

// Crossings gets a transaction from payments and hands it back.
func Crossings(ctx context.Context, s *store.Store, p store.Payer) error {
	tx, err := s.Begin(ctx) // want `orders/crossing gets a transaction from \(\*store.Store\).Begin of component payments \(boundaries.yaml:9\); a transaction must stay inside its component: let orders open its own`
	if err != nil {
		return err
	}
	req := store.Request{Tx: tx, ID: 1} // want "orders/crossing stores transaction tx into a store.Request of component payments"
	store.Current = tx                  // want "orders/crossing stores transaction tx into store.Current of component payments"
	var r store.Request
	r.Tx = tx              // want "orders/crossing stores transaction tx into field Tx of store.Request of component payments"
	p.Pay(ctx, tx, req.ID) // want `orders/crossing passes transaction tx to \(store.Payer\).Pay of component payments`
	return tx.Commit()
}

// UnitOfWork passes the spec-declared transaction type to payments.
func UnitOfWork(w *unit.Work) {
	store.Enlist(w) // want "orders/crossing passes transaction w to store.Enlist of component payments"
}

// TheirRunner lets payments run orders' code in its transaction.
func TheirRunner(ctx context.Context) error {
	return store.InPaymentTx(ctx, func(tx *sql.Tx) error { // want "orders/crossing runs its code in a transaction of component payments through store.InPaymentTx"
		return nil
	})
}
