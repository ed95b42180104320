// Package echoapi serves orders over echo.
package echoapi

import (
	"os"

	"github.com/labstack/echo/v4"
)

type Item struct {
	Name string `json:"name"`
}

func getItem(c echo.Context) error { return c.JSON(200, &Item{}) }

func putItem(c echo.Context) error {
	var it Item
	return c.Bind(&it)
}

func rateLimit() echo.MiddlewareFunc { return nil }

// Register is what main calls with echo's instance.
func Register(e *echo.Echo) { // want Register:"routes"
	a := e.Group("/api/v1")
	register(a)                                        // want `endpoint GET /api/v1/items/:id served by echoapi.getItem` `endpoint PUT /api/v1/items served by echoapi.putItem`
	e.Match([]string{"GET", "HEAD"}, "/info", getItem) // want `endpoint GET /info served by echoapi.getItem` `endpoint HEAD /info served by echoapi.getItem`
	e.GET(os.Getenv("PATH_PREFIX")+"/x", getItem)      // want `not checked: this route registration could not be resolved \(path from a variable\)`
}

func register(a *echo.Group) {
	u := a.Group("/items", rateLimit())
	u.GET("/:id", getItem, rateLimit()) // want `endpoint GET /items/:id served by echoapi.getItem`
	u.PUT("", putItem)                  // want `endpoint PUT /items served by echoapi.putItem`
}
