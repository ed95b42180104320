package tagged

import (
	"example.com/mono/payments/api"
	"example.com/mono/payments/ledger" // finding: imports/private
)

// Post exists on Windows only.
func Post() { ledger.Post(api.Charge(1)) }
