// Package ginapi is orders' gin and echo handlers: they read merchants' // want package:"sets string keys order_id, tenant"
// string keys, directly and through its accessors, and a string key the
// spec gives to users.
package ginapi

import (
	"example.com/mono/merchants/mw"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

const orderKey = "order_id"

// Show reads merchants' and users' keys, and its own.
func Show(c *gin.Context) { // want Show:"^sets string:order_id for its caller; sets string:tenant for its caller$"
	_ = mw.MerchantID(c)               // want `orders reads context value "merchant_id", owned by component merchants \(which sets it at merchants/mw/mw.go:14; boundaries.yaml:\d+\), through mw.MerchantID \(merchants/mw/mw.go:20\); after extraction nothing sets it in orders`
	_ = mw.Current(c)                  // want `orders reads context value "merchant", owned by component merchants .*through mw.Current`
	_ = mw.Has(c)                      // says only whether it is there
	v, ok := c.Get("merchant_id")      // want `orders reads context value "merchant_id", owned by component merchants`
	_ = c.MustGet("merchant").(string) // want `orders reads context value "merchant"`
	_ = c.GetString("tenant")          // want `orders reads context value "tenant", owned by component users \(boundaries.yaml:13\)`
	c.Set("tenant", "t1")              // want `orders sets context value "tenant", owned by component users`
	c.Set("order_id", 7)               // orders' own key
	_ = c.GetInt64(orderKey)           // a package-level constant is a key of this package: orders' own
	_ = c.GetString("request_id")      // nobody sets it: no owner
	_, _ = v, ok
}

// Echo reads merchants' key from echo's context.
func Echo(c echo.Context) error {
	_ = c.Get("merchant_id") // want `orders reads context value "merchant_id", owned by component merchants`
	_ = c.Get("order_id")
	return nil
}
