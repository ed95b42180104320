// Package gin is a stub of github.com/gin-gonic/gin with its routing and
// binding API's signatures, for the endpoints analyzer's fixtures.
package gin

import "net/http"

type H map[string]any

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) ShouldBindJSON(obj any) error                  { return nil }
func (c *Context) BindJSON(obj any) error                        { return nil }
func (c *Context) ShouldBind(obj any) error                      { return nil }
func (c *Context) JSON(code int, obj any)                        {}
func (c *Context) IndentedJSON(code int, obj any)                {}
func (c *Context) String(code int, format string, values ...any) {}
func (c *Context) Param(key string) string                       { return "" }
func (c *Context) Next()                                         {}

type HandlerFunc func(*Context)

type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
}

type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

type RouterGroup struct{}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }

type Engine struct {
	RouterGroup
}

func New() *Engine     { return &Engine{} }
func Default() *Engine { return &Engine{} }

func (engine *Engine) Run(addr ...string) error                         { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
