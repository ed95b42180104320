// Package paymentsconnect stands for protoc-gen-connect-go's output.
package paymentsconnect

import (
	"net/http"

	"connectrpc.com/connect"
)

const (
	LedgerName             = "payments.v1.Ledger"
	LedgerBalanceProcedure = "/payments.v1.Ledger/Balance"
)

type LedgerHandler interface{ Balance() }

func NewLedgerHandler(svc LedgerHandler, opts ...connect.HandlerOption) (string, http.Handler) {
	return "/payments.v1.Ledger/", nil
}
