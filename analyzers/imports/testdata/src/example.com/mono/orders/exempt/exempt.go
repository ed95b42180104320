package exempt // want package:"imports .*example.com/mono/payments/ledger}"

import "example.com/mono/payments/ledger" // want `orders/exempt imports payments/ledger, which is private to component payments`

// Total sums the ledger.
func Total() int { return ledger.Post(0) }
