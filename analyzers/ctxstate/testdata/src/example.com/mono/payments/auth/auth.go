// Package auth is payments' middleware: it puts the account into every
// request's context, through api.WithAccount (facts across packages).
package auth

import (
	"net/http"

	"example.com/mono/payments/api"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// RequireAccount is a middleware constructor: the key is set, through the
// setter api.WithAccount, in the handler it returns.
func RequireAccount(next http.Handler) http.Handler { // want RequireAccount:"^sets example.com/mono/payments/api.accountKey in the handler it returns$"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := api.WithAccount(r.Context(), api.Account{ID: r.Header.Get("X-Account")})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// RequireAdmin's handler reads the account for itself and hands nothing
// out: no fact, and its callers are not reported.
func RequireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if a, _ := api.AccountFrom(r.Context()); a.ID != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Gin sets payments' gin key.
func Gin() gin.HandlerFunc { // want Gin:"^sets example.com/mono/payments/api.GinAccount in the handler it returns$"
	return func(c *gin.Context) {
		c.Set(api.GinAccount, api.Account{ID: "a"})
		c.Next()
	}
}

// Echo sets it on echo's context.
func Echo(next echo.HandlerFunc) echo.HandlerFunc { // want Echo:"^sets example.com/mono/payments/api.GinAccount in the handler it returns$"
	return func(c echo.Context) error {
		c.Set(api.GinAccount, api.Account{ID: "a"})
		return next(c)
	}
}

// EchoMiddleware is echo's form of a middleware: a function that wraps
// next, here with Echo (a chain of constructors).
func EchoMiddleware() echo.MiddlewareFunc { // want EchoMiddleware:"^sets example.com/mono/payments/api.GinAccount in the handler it returns$"
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return Echo(next)
	}
}

// Own uses payments' own keys and state: no finding, and no fact (it
// keeps the account it reads).
func Own(r *http.Request) {
	_, _ = api.AccountFrom(r.Context())
	api.Rates["EUR"] = 1
	api.DefaultRetries++
}
