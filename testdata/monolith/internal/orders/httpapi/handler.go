// Package httpapi exposes order placement over HTTP.
package httpapi

import (
	"encoding/json"
	"net/http"

	"example.com/monolith/internal/orders/model"
	"example.com/monolith/internal/orders/service"
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
	var o model.Order
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
