// Command server wires the components: a composition root.
package main

import (
	"context"

	"example.com/mono/payments/api"
)

func main() {
	ctx := context.Background()
	for _, id := range []string{"a", "b"} {
		_ = api.ChargeThen(ctx, id, func(api.Receipt) {})
		var r api.Receipt
		_ = api.FillReceipt(ctx, id, &r)
	}
	api.Rates()["EUR"] = 1
}
