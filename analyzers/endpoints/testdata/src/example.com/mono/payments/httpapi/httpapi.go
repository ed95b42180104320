// Package httpapi serves payments over net/http.
package httpapi

import (
	"encoding/json"
	"net/http"
)

// ChargeRequest is what a client posts.
type ChargeRequest struct {
	OrderID  int64  `json:"order_id"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency,omitempty"`
	Secret   string `json:"-"`
	internal int
	Meta
}

// Meta is inlined into the JSON of what embeds it.
type Meta struct {
	Source string `json:"source"`
}

// Receipt is what a charge returns.
type Receipt struct {
	ID     string
	Amount int64 `json:"amount"`
}

// Charge decodes a ChargeRequest and encodes a Receipt.
func Charge(w http.ResponseWriter, r *http.Request) { // want Charge:"body"
	var req ChargeRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	_ = json.NewEncoder(w).Encode(Receipt{Amount: req.Amount})
}

// Show writes a receipt.
func Show(w http.ResponseWriter, r *http.Request) { // want Show:"body"
	_ = json.NewEncoder(w).Encode(&Receipt{})
}

// Refunds serves refunds.
type Refunds struct{}

func (*Refunds) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Ping answers health checks.
func Ping() error { return nil }

// Routes registers payments' routes on the mux it is given, under prefix.
func Routes(mux *http.ServeMux, prefix string) { // want Routes:"routes"
	mux.HandleFunc("POST "+prefix+"/charges", Charge) // want `endpoint POST \{\$prefix\}/charges served by httpapi.Charge`
	mux.HandleFunc("GET "+prefix+"/{id}", Show)       // want `endpoint GET \{\$prefix\}/\{id\} served by httpapi.Show`
	mux.Handle(prefix+"/refunds/", &Refunds{})        // want `endpoint \{\$prefix\}/refunds/ served by \(\*httpapi.Refunds\).ServeHTTP`
}

// Versioned passes its own prefix on, joined: the placeholder of the
// callee's template becomes one of its own.
func Versioned(mux *http.ServeMux, prefix string) { // want Versioned:"routes"
	Routes(mux, prefix+"/v2") // want `endpoint POST \{\$prefix\}/v2/charges served by httpapi.Charge` `endpoint GET \{\$prefix\}/v2/\{id\} served by httpapi.Show` `endpoint \{\$prefix\}/v2/refunds/ served by \(\*httpapi.Refunds\).ServeHTTP`
}
