package main // want package:"imports example.com/mono/cmd/wiring example.com/mono/inventory/stock example.com/mono/orders/checkout example.com/mono/payments/api example.com/mono/payments/ledger}"

import (
	"example.com/mono/cmd/wiring"
	"example.com/mono/inventory/stock"
	"example.com/mono/orders/checkout" // sees the orders/payments cycle, but orders/checkout reports it
	"example.com/mono/payments/api"
	"example.com/mono/payments/ledger" // a composition root may import private packages of what it wires
)

func main() {
	stock.Reserve("x")
	checkout.Checkout("x")
	api.Charge(1)
	ledger.Post(wiring.Port)
}
