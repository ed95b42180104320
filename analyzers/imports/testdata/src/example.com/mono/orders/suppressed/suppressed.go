package suppressed // want package:"imports example.com/mono/inventory/stock example.com/mono/payments/ledger}"

import (
	"example.com/mono/payments/ledger" //boundarylint:ignore reconciliation reads the ledger until PAY-12

	//boundarylint:ignore moves to the inventory api in INV-7
	"example.com/mono/inventory/stock"
)

// Reconcile compares the ledger with the stock.
func Reconcile() bool { return ledger.Post(1) == 1 && stock.Reserve("x") }
