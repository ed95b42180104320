package ctxstate

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// key is a context key as the analyzer knows it: the package-level
// variable or constant used as the key, else the named type of the key
// value (accountKey{} is known by accountKey), else, for gin and echo, the
// constant string.
type key struct {
	obj types.Object // *types.Var, *types.Const or *types.TypeName; nil for a string key
	str string       // a string key of gin's or echo's context
}

// stringKeyPrefix starts a string key's identity, as owns.context claims
// it: string:merchant_id.
const stringKeyPrefix = "string:"

// String is the key's identity in facts: "import/path.Name", or
// "string:merchant_id".
func (k key) String() string {
	if k.obj == nil {
		return stringKeyPrefix + k.str
	}
	return k.obj.Pkg().Path() + "." + k.obj.Name()
}

// stringKey returns the string of a string key's identity.
func stringKey(id string) (string, bool) { return strings.CutPrefix(id, stringKeyPrefix) }

// keyOf returns the key an expression names, or false for a key the
// analyzer cannot attribute (a local variable of a basic type, an
// interface value, a string outside gin and echo).
func keyOf(info *types.Info, e ast.Expr, byString bool) (key, bool) {
	e = ast.Unparen(e)
	if id := identOf(e); id != nil {
		switch obj := info.Uses[id].(type) {
		case *types.Var, *types.Const:
			if packageLevel(obj) {
				return key{obj: obj}, true
			}
		}
	}
	tv := info.Types[e]
	if byString && tv.Value != nil && tv.Value.Kind() == constant.String {
		if s := constant.StringVal(tv.Value); s != "" {
			return key{str: s}, true
		}
	}
	t := tv.Type
	if t == nil || types.IsInterface(t) {
		return key{}, false
	}
	if n := typenames.Named(t); n != nil && n.Obj().Pkg() != nil && !types.IsInterface(n) {
		return key{obj: n.Obj()}, true
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
