package httpapi

import (
	"example.com/mono/payments/api"
	"example.com/mono/payments/auth"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Gin sets payments' key in the gin context it is passed: a setter.
func Gin(c *gin.Context) { // want Gin:"^sets example.com/mono/payments/api.GinAccount for its caller$"
	_ = c.MustGet(api.GinAccount)     // want `orders reads context value payments/api.GinAccount, owned by component payments`
	_, _ = c.Get(api.GinAccount)      // want `orders reads context value payments/api.GinAccount`
	_ = c.GetString(api.GinAccount)   // want `orders reads context value payments/api.GinAccount`
	_ = c.Value(api.GinAccount)       // want `orders reads context value payments/api.GinAccount`
	c.Set(api.GinAccount, "forged")   // want `orders sets context value payments/api.GinAccount`
	_ = c.MustGet("payments.account") // a literal key has no owner
	_ = auth.Gin()                    // want `orders sets context value payments/api.GinAccount, owned by component payments \(boundaries.yaml:8\), through auth.Gin \(payments/auth/auth.go:37\)`
}

func Echo(c echo.Context) error { // want Echo:"^sets example.com/mono/payments/api.GinAccount for its caller$"
	_ = c.Get(api.GinAccount)  // want `orders reads context value payments/api.GinAccount`
	c.Set(api.GinAccount, "x") // want `orders sets context value payments/api.GinAccount`
	_ = auth.Echo(nil)         // want `through auth.Echo`
	_ = auth.EchoMiddleware()  // want `orders sets context value payments/api.GinAccount, owned by component payments \(boundaries.yaml:8\), through auth.EchoMiddleware \(payments/auth/auth.go:45\)`
	return nil
}
