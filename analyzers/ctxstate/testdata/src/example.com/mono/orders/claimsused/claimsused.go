// Package claimsused reads a claimed key, an unclaimed one and one of its
// own: run with -findings, as drivers run it, the analyzer tells them
// which owns.context claims decided the owners (users' UserID only; a key
// owned by its package's component is no claim).
package claimsused // want `uses claims boundaries.yaml:13:17`

import (
	"context"

	"example.com/mono/platform/ctxkeys"
)

type ownKey struct{}

func Read(ctx context.Context) {
	_ = ctx.Value(ctxkeys.UserID) // want `orders reads context value platform/ctxkeys.UserID, owned by component users`
	_ = ctx.Value(ctxkeys.TraceID)
	_ = context.WithValue(ctx, ownKey{}, 1)
}
