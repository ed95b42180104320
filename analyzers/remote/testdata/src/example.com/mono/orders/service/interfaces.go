package service

import (
	"context"

	"example.com/mono/orders/model"
	"example.com/mono/payments/api"
	"example.com/mono/payments/notify"
)

// Calls through payments' interfaces reach payments when a payments type
// implements the interface (Sender: Mailer), or when none in sight does
// (Gateway, wired in by the composition root).
func interfaces(ctx context.Context, events []notify.Event, s notify.Sender, g notify.Gateway, ids []string) {
	for _, e := range events {
		_ = e.SubjectID()         // only orders' own types implement Event: silent
		_ = notify.Notify(ctx, e) // want `calls notify.Notify of component payments, which takes an interface notify.Event` `calls notify.Notify of component payments in a loop`
	}
	_ = notify.Notify(ctx, model.Shipped{ID: 1}) // want `which takes an interface notify.Event`
	for _, id := range ids {
		_ = s.Send(ctx, id) // want `calls \(notify.Sender\).Send of component payments in a loop`
		_ = g.Pay(ctx, id)  // want `calls \(notify.Gateway\).Pay of component payments in a loop`
	}
}

// A type parameter's calls go through its constraint.
func sendAll[S notify.Sender](ctx context.Context, s S, ids []string) {
	for _, id := range ids {
		_ = s.Send(ctx, id) // want `calls \(notify.Sender\).Send of component payments in a loop`
	}
}

// A function that reads a context for its own use is a call like any
// other.
func tenant(ctx context.Context) {
	_ = api.Tenant(ctx) // want `calls api.Tenant of component payments, which returns a \*sql.DB`
}
