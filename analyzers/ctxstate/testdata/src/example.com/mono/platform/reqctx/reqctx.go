// Package reqctx is a shared helper between orders' handlers and payments'
// accessor: the middle of a chain across three packages.
package reqctx

import (
	"net/http"

	"example.com/mono/payments/api"
)

// Account reads payments' key through its accessor.
func Account(r *http.Request) (api.Account, bool) { // want Account:"reads example.com/mono/payments/api.accountKey"
	return api.AccountFrom(r.Context()) // want `platform reads context value payments/api.accountKey, owned by component payments \(boundaries.yaml:8\), through api.AccountFrom \(payments/api/account.go:25\); after extraction nothing sets it in platform: pass the value explicitly or propagate it as a request header`
}
