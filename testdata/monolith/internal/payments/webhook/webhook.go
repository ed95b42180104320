// Package webhook receives Stripe's payment notifications.
package webhook

import (
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v82/webhook"
)

// Handler verifies and logs webhook events.
type Handler struct {
	Secret string
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.Secret)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	log.Printf("stripe event %s", ev.Type)
	w.WriteHeader(http.StatusNoContent)
}
