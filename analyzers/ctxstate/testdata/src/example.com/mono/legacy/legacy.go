// Package legacy belongs to no component: it is not checked.
package legacy

import (
	"context"

	"example.com/mono/payments/api"
)

func Everything(ctx context.Context) {
	_, _ = api.AccountFrom(ctx)
	_ = context.WithValue(ctx, api.TraceKey, 1)
	_ = ctx.Value(api.TraceKey)
	api.DefaultRetries = 1
	_ = api.Rates["EUR"]
}
