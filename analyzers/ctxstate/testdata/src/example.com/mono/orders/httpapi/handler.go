// Package httpapi is orders' HTTP layer: it reads and sets payments' context
// values in every way the analyzer knows.
package httpapi

import (
	"context"
	"net/http"

	"example.com/mono/payments/api"
	"example.com/mono/payments/auth"
	"example.com/mono/platform/ctxkeys"
	"example.com/mono/platform/reqctx"
)

func Direct(r *http.Request) { // want Direct:"reads example.com/mono/payments/api.TraceKey; sets example.com/mono/payments/api.TraceKey"
	_ = r.Context().Value(api.TraceKey)                      // want `orders reads context value payments/api.TraceKey, owned by component payments \(boundaries.yaml:8\); after extraction nothing sets it in orders: pass the value explicitly or propagate it as a request header`
	ctx := context.WithValue(r.Context(), api.TraceKey, "t") // want `orders sets context value payments/api.TraceKey, owned by component payments \(boundaries.yaml:8\); after extraction payments no longer sees it: pass the value explicitly or propagate it as a request header`
	_ = r.WithContext(ctx)
}

func Accessors(w http.ResponseWriter, r *http.Request) { // want Accessors:"reads .*TraceKey; sets .*TraceKey; reads .*accountKey; sets .*accountKey"
	_, _ = api.AccountFrom(r.Context())                         // want `orders reads context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through api.AccountFrom \(payments/api/account.go:25\); after extraction nothing sets it in orders`
	_ = api.WithAccount(r.Context(), api.Account{})             // want `orders sets context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through api.WithAccount \(payments/api/account.go:31\)`
	_ = api.Trace(r.Context())                                  // want `reads context value payments/api.TraceKey` `sets context value payments/api.TraceKey`
	_, _ = reqctx.Account(r)                                    // want `orders reads context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through reqctx.Account \(payments/api/account.go:25\)`
	auth.RequireAccount(http.NotFoundHandler()).ServeHTTP(w, r) // want `orders sets context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through auth.RequireAccount \(payments/api/account.go:31\)`
}

// Helper is orders' own: its fact carries payments' key, but calls of it
// from orders are not reported again (the read inside is).
func Helper(ctx context.Context) (api.Account, bool) { // want Helper:"reads example.com/mono/payments/api.accountKey"
	return api.AccountFrom(ctx) // want `through api.AccountFrom`
}

func CallsHelper(ctx context.Context) { // want CallsHelper:"reads example.com/mono/payments/api.accountKey"
	_, _ = Helper(ctx)
}

// Shared keys: a claimed one belongs to its claimant, an unclaimed one to
// nobody.
func Shared(ctx context.Context) { // want Shared:"reads .*ctxkeys.TraceID; sets .*ctxkeys.TraceID; reads .*ctxkeys.UserID"
	_ = ctx.Value(ctxkeys.UserID) // want `orders reads context value platform/ctxkeys.UserID, owned by component users \(boundaries.yaml:13\)`
	_ = ctx.Value(ctxkeys.TraceID)
	_ = context.WithValue(ctx, ctxkeys.TraceID, 1)
}
