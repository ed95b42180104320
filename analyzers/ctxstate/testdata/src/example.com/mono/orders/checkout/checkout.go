// Package checkout uses payments' data layer as gitea's services use
// models: it passes the context along, and payments reads and sets its own
// key inside its own functions. Only the accessor is reported.
package checkout

import (
	"context"

	"example.com/mono/payments/store"
)

func Pay(ctx context.Context) error {
	if err := store.Charge(ctx, 100); err != nil { // payments reads its own key, for itself
		return err
	}
	if store.InTx(ctx) { // hands out no value
		return nil
	}
	return store.WithTx(ctx, func(ctx context.Context) error { // a runner: payments sets its key for the callback
		return store.Refund(ctx, 1)
	})
}

func Raw(ctx context.Context) error {
	ctx, err := store.Begin(ctx) // a setter: the context goes back into payments' code
	if err != nil {
		return err
	}
	return store.GetEngine(ctx).Exec("DELETE FROM charges") // want `orders reads context value payments/store.engineKey, owned by component payments \(boundaries.yaml:8\), through store.GetEngine \(payments/store/store.go:24\); after extraction nothing sets it in orders`
}
