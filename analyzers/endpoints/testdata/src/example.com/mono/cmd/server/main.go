// Command server wires everything: a composition root.
package main

import (
	"net/http"
	"os"

	"google.golang.org/grpc"

	"example.com/mono/orders/chiapi"
	"example.com/mono/payments/httpapi"
	"example.com/mono/payments/rpc/paymentsconnect"
	"example.com/mono/payments/rpc/paymentspb"
	"example.com/mono/payments/rpc/server"
	"example.com/mono/platform/auth"
)

func main() {
	mux := http.NewServeMux()
	httpapi.Routes(mux, "/payments")                                             // want `endpoint POST /payments/charges served by httpapi.Charge` `endpoint GET /payments/\{id\} served by httpapi.Show` `endpoint /payments/refunds/ served by \(\*httpapi.Refunds\).ServeHTTP`
	mux.Handle("/v1/", auth.Required(http.HandlerFunc(httpapi.Charge)))          // want `endpoint /v1/ served by httpapi.Charge`
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) { // want `endpoint GET /health served by func literal calling httpapi.Ping`
		_ = httpapi.Ping()
	})
	mux.HandleFunc(os.Getenv("DEBUG_PATH"), httpapi.Show) // want `not checked: this route registration could not be resolved \(path from a variable\)`
	var h http.Handler = &httpapi.Refunds{}
	mux.Handle("/refunds", pick(h))           // want `not checked: this route registration could not be resolved \(handler from a call of a func value\)`
	http.HandleFunc("/default", httpapi.Show) // want `endpoint /default served by httpapi.Show`
	httpapi.Versioned(mux, "/pay")            // want `endpoint POST /pay/v2/charges served by httpapi.Charge` `endpoint GET /pay/v2/\{id\} served by httpapi.Show` `endpoint /pay/v2/refunds/ served by \(\*httpapi.Refunds\).ServeHTTP`

	path, handler := paymentsconnect.NewLedgerHandler(server.Ledger{}) // want `endpoint connect /payments.v1.Ledger/Balance served by server.Ledger`
	mux.Handle(path, handler)

	s := grpc.NewServer()
	paymentspb.RegisterPaymentsServer(s, &server.Payments{}) // want `endpoint grpc /payments.v1.Payments/Charge served by server.Payments` `endpoint grpc /payments.v1.Payments/Refund served by server.Payments`

	_ = chiapi.Routes
	_ = http.ListenAndServe(":8080", mux)
}

var pick = func(h http.Handler) http.Handler { return h }
