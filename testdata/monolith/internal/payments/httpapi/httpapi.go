// Package httpapi serves payments over HTTP: the endpoints that stay when
// payments runs as its own service. The composition root registers them.
package httpapi

import (
	"encoding/json"
	"net/http"
	"strconv"

	"example.com/monolith/internal/payments/api"
)

// ChargeRequest is the body of POST /payments/charges.
type ChargeRequest struct {
	OrderID  int64  `json:"order_id"`
	Customer int64  `json:"customer"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	Token    string `json:"-"` // read from the Authorization header, never from the body
}

// ChargeResponse is what a charge returns.
type ChargeResponse struct {
	PaymentID string `json:"payment_id"`
}

// PaidResponse is what GET /payments/orders/{orderID} returns.
type PaidResponse struct {
	OrderID int64 `json:"order_id"`
	Paid    int64 `json:"paid"`
}

// Handler serves payments' endpoints.
type Handler struct {
	Payments *api.Service
}

// Charge charges a customer for an order.
func (h *Handler) Charge(w http.ResponseWriter, r *http.Request) {
	var req ChargeRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	id, err := h.Payments.Charge(r.Context(), req.OrderID, req.Customer, req.Amount, req.Currency)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	json.NewEncoder(w).Encode(ChargeResponse{PaymentID: id})
}

// Paid reports how much an order has been charged.
func (h *Handler) Paid(w http.ResponseWriter, r *http.Request) {
	orderID, err := strconv.ParseInt(r.PathValue("orderID"), 10, 64)
	if err != nil {
		http.Error(w, "bad order id", http.StatusBadRequest)
		return
	}
	paid, err := h.Payments.Paid(r.Context(), orderID)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(PaidResponse{OrderID: orderID, Paid: paid})
}
