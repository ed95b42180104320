package stale

import (
	"example.com/mono/payments/ledger" //boundarylint:ignore used: silences the private-package finding
	"example.com/mono/platform/db"     //boundarylint:ignore platform is shared, nothing to silence // want `//boundarylint:ignore silences nothing on line 5; remove it`
)

/* want `//boundarylint:ignore needs a reason` */ //boundarylint:ignore

// Pay pays.
func Pay() string { return db.Quote("x") + string(rune(ledger.Post(1))) }
