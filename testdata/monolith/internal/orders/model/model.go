// Package model holds the order types other components may see.
package model

// Item is one line of an order.
type Item struct {
	SKU      string
	Quantity int
	Price    int64 // minor units
}

// Order is a customer's order.
type Order struct {
	ID       int64
	Customer int64
	Items    []Item
	Currency string
}

// Total is the order's value in minor units.
func (o Order) Total() int64 {
	var sum int64
	for _, it := range o.Items {
		sum += int64(it.Quantity) * it.Price
	}
	return sum
}
