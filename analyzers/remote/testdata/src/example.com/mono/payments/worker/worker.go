// Package worker calls its own component's API: in process after extraction.
package worker

import (
	"context"

	"example.com/mono/payments/api"
)

func run(ctx context.Context, ids []string) {
	for _, id := range ids {
		_ = api.ChargeThen(ctx, id, func(api.Receipt) {})
		var r api.Receipt
		_ = api.FillReceipt(ctx, id, &r)
	}
	api.Rates()["EUR"] = 1
}
