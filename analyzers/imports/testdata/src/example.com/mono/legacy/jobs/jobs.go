package jobs // want package:"imports example.com/mono/payments/ledger example.com/mono/platform/db}"

import (
	"example.com/mono/payments/ledger" // want `legacy/jobs imports payments/ledger, which belongs to component payments that legacy may not depend on`
	"example.com/mono/platform/db"
)

// Nightly runs the nightly job.
func Nightly() { ledger.Post(len(db.Quote("x"))) }
