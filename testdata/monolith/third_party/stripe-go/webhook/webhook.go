// Package webhook verifies Stripe webhook signatures.
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
)

// Event is a verified webhook event.
type Event struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

// ConstructEvent checks the signature header against secret and decodes the payload.
func ConstructEvent(payload []byte, signature, secret string) (Event, error) {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(payload)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(signature)) {
		return Event{}, errors.New("webhook: signature mismatch")
	}
	var e Event
	err := json.Unmarshal(payload, &e)
	return e, err
}
