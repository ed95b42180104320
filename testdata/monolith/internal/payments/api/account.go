package api

import (
	"context"
	"net/http"
	"strconv"
)

// Account is the paying customer payments' auth middleware found for a
// request.
type Account struct {
	Customer int64
	Currency string
}

type accountKey struct{}

// AccountFrom returns the account RequireAccount put into the context.
func AccountFrom(ctx context.Context) (Account, bool) {
	a, ok := ctx.Value(accountKey{}).(Account)
	return a, ok
}

// RequireAccount is payments' auth middleware: it resolves the customer's
// payment account and puts it into the request's context.
func RequireAccount(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.Header.Get("X-Customer"), 10, 64)
		if err != nil {
			http.Error(w, "unknown customer", http.StatusUnauthorized)
			return
		}
		ctx := context.WithValue(r.Context(), accountKey{}, Account{Customer: id, Currency: "EUR"})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
