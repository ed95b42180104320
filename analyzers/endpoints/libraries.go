package endpoints

import (
	"go/types"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// Router libraries, recognised by package path (any major version).
const (
	libNetHTTP = "net/http"
	libChi     = "chi"
	libGin     = "gin"
	libEcho    = "echo"
	libGorilla = "gorilla/mux"
)

// libraryOf returns the router library a package path is, or "".
func libraryOf(path string) string {
	switch trimMajor(path) {
	case "net/http":
		return libNetHTTP
	case "github.com/go-chi/chi":
		return libChi
	case "github.com/gin-gonic/gin":
		return libGin
	case "github.com/labstack/echo":
		return libEcho
	case "github.com/gorilla/mux":
		return libGorilla
	}
	return ""
}

// trimMajor drops a trailing /vN of a module path.
func trimMajor(path string) string {
	if i := strings.LastIndex(path, "/v"); i > 0 && len(path) > i+2 && strings.Trim(path[i+2:], "0123456789") == "" {
		return path[:i]
	}
	return path
}

// routerTypes are the types of each library whose values routes are
// registered on.
var routerTypes = map[string][]string{
	libNetHTTP: {"ServeMux"},
	libChi:     {"Mux", "Router"},
	libGin:     {"Engine", "RouterGroup", "IRouter", "IRoutes"},
	libEcho:    {"Echo", "Group"},
	libGorilla: {"Router"},
}

// routerLib returns the library of t when t is, or points to, a router
// type; "" otherwise.
func routerLib(t types.Type) string {
	n := typenames.Named(t)
	if n == nil || n.Obj().Pkg() == nil {
		return ""
	}
	lib := libraryOf(n.Obj().Pkg().Path())
	for _, name := range routerTypes[lib] {
		if n.Obj().Name() == name {
			return lib
		}
	}
	return ""
}

// isNamed reports whether t is, or points to, the named type lib.name.
func isNamed(t types.Type, lib, name string) bool {
	n := typenames.Named(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Name() == name && libraryOf(n.Obj().Pkg().Path()) == lib
}

// isHandlerType reports whether t is what a router serves: an
// http.Handler (the interface, http.HandlerFunc, a func with its
// signature, a type with a ServeHTTP method), a gin.HandlerFunc or an
// echo.HandlerFunc (or their func types).
func isHandlerType(t types.Type) bool {
	if t == nil {
		return false
	}
	if isNamed(t, libNetHTTP, "Handler") || isNamed(t, libNetHTTP, "HandlerFunc") || isNamed(t, libGin, "HandlerFunc") || isNamed(t, libEcho, "HandlerFunc") {
		return true
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		p := sig.Params()
		switch {
		case p.Len() == 2 && isNamed(p.At(0).Type(), libNetHTTP, "ResponseWriter") && isNamed(p.At(1).Type(), libNetHTTP, "Request"):
			return true
		case p.Len() == 1 && (isNamed(p.At(0).Type(), libGin, "Context") || isNamed(p.At(0).Type(), libEcho, "Context")):
			return true
		}
		return false
	}
	return serveHTTP(t) != nil
}

// serveHTTP returns the ServeHTTP method of a concrete type (or pointer to
// one) that implements http.Handler, or nil.
func serveHTTP(t types.Type) *types.Func {
	if types.IsInterface(t) {
		return nil
	}
	if _, ok := t.(*types.Pointer); !ok {
		if _, ok := t.Underlying().(*types.Struct); ok || typenames.Named(t) != nil {
			t = types.NewPointer(t)
		}
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	fn, ok := obj.(*types.Func)
	if !ok || fn.Signature().Params().Len() != 2 || !isNamed(fn.Signature().Params().At(0).Type(), libNetHTTP, "ResponseWriter") {
		return nil
	}
	return fn
}

// httpMethods are the methods chi, gin and echo name their registration
// functions after (chi in title case).
var httpMethods = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE"}

func isHTTPMethod(name string) bool {
	for _, m := range httpMethods {
		if m == name {
			return true
		}
	}
	return false
}
