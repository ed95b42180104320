package checkout

import (
	"testing"

	"example.com/mono/payments/store" // want `orders/checkout imports payments/store, which is private to component payments`
)

func TestSave(t *testing.T) { store.Save(1) }
