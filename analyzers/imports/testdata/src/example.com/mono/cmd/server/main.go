package main // want package:"imports example.com/mono/inventory/stock example.com/mono/orders/checkout example.com/mono/payments/api}"

import (
	"example.com/mono/inventory/stock"
	"example.com/mono/orders/checkout" // sees the orders/payments cycle, but orders/checkout reports it
	"example.com/mono/payments/api"
)

func main() {
	stock.Reserve("x")
	checkout.Checkout("x")
	api.Charge(1)
}
