// Package own uses orders' own keys and state: no finding.
package own

import (
	"context"

	"github.com/gin-gonic/gin"
)

type orderKey struct{}

const GinOrder = "orders.order"

var Pending = map[string]int{} // want Pending:"written after init"

func Track(ctx context.Context, id string) context.Context { // want Track:"^sets example.com/mono/orders/own.orderKey for its caller$"
	Pending[id]++
	if ctx.Value(orderKey{}) != nil {
		return ctx
	}
	return context.WithValue(ctx, orderKey{}, id)
}

func Gin(c *gin.Context) { // want Gin:"^sets example.com/mono/orders/own.GinOrder for its caller$"
	c.Set(GinOrder, 1)
	_ = c.MustGet(GinOrder)
}
