// Command server is the monolith's composition root: it wires every
// component together and serves HTTP.
package main

import (
	"log"
	"net/http"
	"os"

	"example.com/monolith/internal/inventory/stock"
	"example.com/monolith/internal/orders/httpapi"
	"example.com/monolith/internal/orders/service"
	"example.com/monolith/internal/payments/api"
	paymentshttp "example.com/monolith/internal/payments/httpapi"
	"example.com/monolith/internal/payments/ledger" // private to payments; server is a composition root
	"example.com/monolith/internal/payments/webhook"
	"example.com/monolith/internal/platform/config"
	"example.com/monolith/internal/platform/db"
)

func main() {
	cfg := config.Load()
	cfg.Payments.StripeKey = os.Getenv("STRIPE_SECRET_KEY")
	cfg.Payments.WebhookSecret = os.Getenv("STRIPE_WEBHOOK_SECRET")

	pool, err := db.Open("postgres", cfg.DatabaseURL)
	if err != nil {
		log.Fatal(err)
	}
	payments := api.New(pool, cfg.Payments.StripeKey)
	payments.Ledger = &ledger.Ledger{} // one ledger for the whole process
	orders := &service.Service{Stock: stock.New(), Payments: payments}

	mux := http.NewServeMux()
	mux.Handle("/orders", &httpapi.Handler{Orders: orders})
	mux.Handle("/webhooks/stripe", &webhook.Handler{Secret: cfg.Payments.WebhookSecret})
	ph := &paymentshttp.Handler{Payments: payments} // payments' endpoints, registered here, served by payments
	mux.HandleFunc("POST /payments/charges", ph.Charge)
	mux.HandleFunc("GET /payments/orders/{orderID}", ph.Paid)
	log.Fatal(http.ListenAndServe(cfg.HTTPAddr, mux))
}
