// Package httpapi exposes order placement over HTTP.
package httpapi

import (
	"encoding/json"
	"net/http"

	"example.com/monolith/internal/orders/model"
	"example.com/monolith/internal/orders/service"
	"example.com/monolith/internal/payments/api"
)

// Handler serves POST /orders.
type Handler struct {
	Orders *service.Service
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return
	}
	acct, ok := api.AccountFrom(r.Context()) // violation (ctxstate context-read): payments' middleware sets it
	if !ok {
		http.Error(w, "no payment account", http.StatusUnauthorized)
		return
	}
	o := model.Order{Customer: acct.Customer}
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	id, err := h.Orders.Place(r.Context(), o)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"payment": id})
}
