// Package auth is payments' middleware: it puts the account into every
// request's context, through api.WithAccount (facts across packages).
package auth

import (
	"net/http"

	"example.com/mono/payments/api"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// RequireAccount is a middleware constructor: the key is set in the
// handler it returns.
func RequireAccount(next http.Handler) http.Handler { // want RequireAccount:"sets example.com/mono/payments/api.accountKey"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := api.WithAccount(r.Context(), api.Account{ID: r.Header.Get("X-Account")})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Gin sets payments' gin key.
func Gin() gin.HandlerFunc { // want Gin:"sets example.com/mono/payments/api.GinAccount"
	return func(c *gin.Context) {
		c.Set(api.GinAccount, api.Account{ID: "a"})
		c.Next()
	}
}

// Echo sets it on echo's context.
func Echo(next echo.HandlerFunc) echo.HandlerFunc { // want Echo:"sets example.com/mono/payments/api.GinAccount"
	return func(c echo.Context) error {
		c.Set(api.GinAccount, api.Account{ID: "a"})
		return next(c)
	}
}

// Own uses payments' own keys and state: no finding.
func Own(r *http.Request) { // want Own:"reads example.com/mono/payments/api.accountKey"
	_, _ = api.AccountFrom(r.Context())
	api.Rates["EUR"] = 1
	api.DefaultRetries++
}
