// Package reqctx is a shared helper between orders' handlers and payments'
// accessor and middleware: the middle of chains across three packages.
package reqctx

import (
	"net/http"

	"example.com/mono/payments/api"
	"example.com/mono/payments/auth"
)

// Account hands out payments' key through its accessor.
func Account(r *http.Request) (api.Account, bool) { // want Account:"^hands out example.com/mono/payments/api.accountKey as result 0$"
	return api.AccountFrom(r.Context()) // want `platform reads context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through api.AccountFrom \(payments/api/account.go:25\); after extraction nothing sets it in platform: pass the value explicitly or propagate it as a request header`
}

// Secure returns payments' middleware, through a variable: a chain of
// constructors.
func Secure(next http.Handler) http.Handler { // want Secure:"^sets example.com/mono/payments/api.accountKey in the handler it returns$"
	h := auth.RequireAccount(next) // want `platform sets context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through auth.RequireAccount \(payments/api/account.go:32\); after extraction the code of payments that sets it no longer runs in platform`
	return h
}
