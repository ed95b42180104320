// Package echo is a stub of github.com/labstack/echo/v4: the Context
// methods that carry values by key.
package echo

type Context interface {
	Get(key string) any
	Set(key string, val any)
}

type HandlerFunc func(c Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc
