package ctxstate

import (
	"go/ast"
	"go/types"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// carrier is a library call that reads or sets a value by key: arg is the
// key's argument number.
type carrier struct {
	arg int
	set bool
}

const (
	ginPkg   = "github.com/gin-gonic/gin"
	echoPkg  = "github.com/labstack/echo"
	echo4Pkg = "github.com/labstack/echo/v4"
)

// carrierOf returns how a call of fn reads or sets a keyed value, if it
// does: context.Context's Value and context.WithValue (which *http.Request
// carries through Context and WithContext), gin's *Context Set, Get,
// MustGet and typed getters, echo's Context Set and Get.
func carrierOf(fn *types.Func) (carrier, bool) {
	if fn == nil || fn.Pkg() == nil {
		return carrier{}, false
	}
	recv := typenames.RecvName(fn)
	switch path := fn.Pkg().Path(); {
	case path == "context" && recv == "" && fn.Name() == "WithValue":
		return carrier{arg: 1, set: true}, true
	case path == "context" && recv == "Context" && fn.Name() == "Value":
		return carrier{arg: 0}, true
	case path == ginPkg && recv == "Context":
		switch fn.Name() {
		case "Set":
			return carrier{arg: 0, set: true}, true
		case "Value", "Get", "MustGet", "GetString", "GetBool", "GetInt", "GetInt64", "GetUint", "GetUint64",
			"GetFloat64", "GetTime", "GetDuration", "GetStringSlice", "GetStringMap", "GetStringMapString", "GetStringMapStringSlice":
			return carrier{arg: 0}, true
		}
	case (path == echoPkg || path == echo4Pkg) && recv == "Context":
		switch fn.Name() {
		case "Set":
			return carrier{arg: 0, set: true}, true
		case "Get":
			return carrier{arg: 0}, true
		}
	}
	return carrier{}, false
}

// key is a context key as the analyzer knows it: the package-level
// variable or constant used as the key, else the named type of the key
// value (accountKey{} is known by accountKey).
type key struct {
	obj types.Object // *types.Var, *types.Const or *types.TypeName
}

// String is the key's identity in facts: "import/path.Name".
func (k key) String() string { return k.obj.Pkg().Path() + "." + k.obj.Name() }

// keyOf returns the key an expression names, or false for a key the
// analyzer cannot attribute (a string literal, a local variable of a basic
// type, an interface value).
func keyOf(info *types.Info, e ast.Expr) (key, bool) {
	e = ast.Unparen(e)
	if id := identOf(e); id != nil {
		switch obj := info.Uses[id].(type) {
		case *types.Var, *types.Const:
			if packageLevel(obj) {
				return key{obj}, true
			}
		}
	}
	t := info.TypeOf(e)
	if t == nil || types.IsInterface(t) {
		return key{}, false
	}
	if n := typenames.Named(t); n != nil && n.Obj().Pkg() != nil && !types.IsInterface(n) {
		return key{n.Obj()}, true
	}
	return key{}, false
}

// identOf returns the identifier that names e, for a plain or qualified
// name, or nil.
func identOf(e ast.Expr) *ast.Ident {
	switch x := e.(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// packageLevel reports whether obj is declared at package level.
func packageLevel(obj types.Object) bool {
	return obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope()
}
