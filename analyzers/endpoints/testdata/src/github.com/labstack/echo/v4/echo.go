// Package echo is a stub of github.com/labstack/echo/v4 with its routing
// and binding API's signatures, for the endpoints analyzer's fixtures.
package echo

import "net/http"

type Context interface {
	Bind(i any) error
	JSON(code int, i any) error
	String(code int, s string) error
	Param(name string) string
	Request() *http.Request
}

type HandlerFunc func(c Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Route struct {
	Method string
	Path   string
	Name   string
}

type Echo struct{}

func New() *Echo { return &Echo{} }

func (e *Echo) Use(middleware ...MiddlewareFunc)                                   {}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) *Group                    { return &Group{} }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route         { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route        { return nil }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route         { return nil }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route       { return nil }
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route      { return nil }
func (e *Echo) Any(path string, h HandlerFunc, m ...MiddlewareFunc) []*Route       { return nil }
func (e *Echo) Add(method, path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) Match(methods []string, path string, h HandlerFunc, m ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Routes() []*Route                                 { return nil }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
func (e *Echo) Start(address string) error                       { return nil }

type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                                   {}
func (g *Group) Group(prefix string, m ...MiddlewareFunc) *Group                    { return g }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route         { return nil }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route        { return nil }
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route         { return nil }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route       { return nil }
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route      { return nil }
func (g *Group) Any(path string, h HandlerFunc, m ...MiddlewareFunc) []*Route       { return nil }
func (g *Group) Add(method, path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func WrapHandler(h http.Handler) HandlerFunc { return nil }
