package store // want package:"imports example.com/mono/platform/db example.com/mono/platform/util}"

import (
	"example.com/mono/platform/db"
	"example.com/mono/platform/util" // want `payments/store reaches component users through platform/util, but isolated component payments may only depend on payments, platform \(boundaries.yaml:8\); break the chain payments/store -> platform/util -> users/profile`
)

// Save stores a payment.
func Save(id int) string { return db.Quote(util.Label(id)) }
