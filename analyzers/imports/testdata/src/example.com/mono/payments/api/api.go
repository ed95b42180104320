package api // want package:"imports example.com/mono/payments/ledger example.com/mono/payments/webhook}"

import (
	"example.com/mono/payments/ledger" // a component may always import its own packages
	"example.com/mono/payments/webhook"
)

// Charge charges an amount.
func Charge(amount int) int { webhook.Notify(); return ledger.Post(amount) }

// Post records an entry through the api.
func Post(amount int) int { return ledger.Post(amount) }
