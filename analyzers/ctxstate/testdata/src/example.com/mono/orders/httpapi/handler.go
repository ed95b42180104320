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

func Direct(r *http.Request) {
	_ = r.Context().Value(api.TraceKey)                      // want `orders reads context value payments/api.TraceKey, owned by component payments \(boundaries.yaml:8\); after extraction nothing sets it in orders: pass the value explicitly or propagate it as a request header`
	ctx := context.WithValue(r.Context(), api.TraceKey, "t") // want `orders sets context value payments/api.TraceKey, owned by component payments \(boundaries.yaml:8\); after extraction payments no longer sees it: pass the value explicitly or propagate it as a request header`
	_ = r.WithContext(ctx)
}

// Accessors calls payments' accessors and middleware constructors; its
// setter and a constructor whose handler keeps the value are not reported.
func Accessors(w http.ResponseWriter, r *http.Request) {
	_, _ = api.AccountFrom(r.Context())                         // want `orders reads context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through api.AccountFrom \(payments/api/account.go:25\); after extraction nothing sets it in orders`
	_ = api.WithAccount(r.Context(), api.Account{})             // a setter: the context goes to the code orders passes it to
	_, _ = api.Trace(r.Context())                               // want `orders reads context value payments/api.TraceKey, owned by component payments \(boundaries.yaml:8\), through api.Trace \(payments/api/account.go:38\)`
	_ = api.Customer(r.Context())                               // want `orders reads context value payments/api.customerKey, owned by component payments \(boundaries.yaml:8\), through api.Customer \(payments/api/account.go:86\)`
	_ = api.AccountRef(r.Context())                             // want `orders reads context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through api.AccountRef \(payments/api/account.go:25\)`
	_, _ = reqctx.Account(r)                                    // want `orders reads context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through reqctx.Account \(payments/api/account.go:25\)`
	auth.RequireAccount(http.NotFoundHandler()).ServeHTTP(w, r) // want `orders sets context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through auth.RequireAccount \(payments/api/account.go:32\); after extraction the code of payments that sets it no longer runs in orders`
	_ = reqctx.Secure(http.NotFoundHandler())                   // want `orders sets context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through reqctx.Secure \(payments/api/account.go:32\)`
	_ = auth.RequireAdmin(http.NotFoundHandler())               // its handler reads the account for itself
}

// Helper is orders' own accessor: its fact carries payments' key, but calls
// of it from orders are not reported again (the read inside is).
func Helper(ctx context.Context) (api.Account, bool) { // want Helper:"^hands out example.com/mono/payments/api.accountKey as result 0$"
	return api.AccountFrom(ctx) // want `through api.AccountFrom`
}

// CallsHelper keeps the value: no fact.
func CallsHelper(ctx context.Context) {
	_, _ = Helper(ctx)
}

// Shared keys: a claimed one belongs to its claimant, an unclaimed one to
// nobody.
func Shared(ctx context.Context) {
	_ = ctx.Value(ctxkeys.UserID) // want `orders reads context value platform/ctxkeys.UserID, owned by component users \(boundaries.yaml:13\)`
	_ = ctx.Value(ctxkeys.TraceID)
	_ = context.WithValue(ctx, ctxkeys.TraceID, 1)
}
