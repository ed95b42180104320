// Command server is a composition root: it wires payments, so payments'
// context values and package state are its own; users' are not.
package main

import (
	"context"
	"net/http"

	"example.com/mono/payments/api"
	"example.com/mono/payments/auth"
	"example.com/mono/platform/ctxkeys"
)

func main() {
	api.DefaultRetries = 5 // payments' setting, filled by the root that wires it
	_ = api.Rates["EUR"]
	ctx := api.WithAccount(context.Background(), api.Account{ID: "1"})
	_, _ = api.AccountFrom(ctx)
	_ = ctx.Value(api.TraceKey)
	_ = ctx.Value(ctxkeys.UserID) // want `server reads context value platform/ctxkeys.UserID, owned by component users \(boundaries.yaml:13\)`
	http.Handle("/", auth.RequireAccount(http.NotFoundHandler()))
}
