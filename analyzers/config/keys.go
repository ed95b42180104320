package config

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// constString folds e to a string known at compile time: a constant
// expression (literals, named constants from any package and their
// concatenation, which the type checker has already folded), the
// concatenation of such strings with foldable calls, and fmt.Sprintf with a
// constant format and constant arguments.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return "", false
		}
		return constant.StringVal(tv.Value), true
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := constString(info, e.X)
		if !ok {
			return "", false
		}
		y, ok := constString(info, e.Y)
		return x + y, ok
	case *ast.CallExpr:
		return constSprintf(info, e)
	}
	return "", false
}

// constPrefix returns the constant text a key built at run time starts
// with: "STRIPE_" for "STRIPE_" + name, and for fmt.Sprintf("STRIPE_%s", x).
func constPrefix(info *types.Info, e ast.Expr) string {
	if s, ok := constString(info, e); ok {
		return s
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return ""
		}
		if x, ok := constString(info, e.X); ok {
			return x + constPrefix(info, e.Y)
		}
		return constPrefix(info, e.X)
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || !isPkgFunc(fn, "fmt", "Sprintf") || len(e.Args) == 0 {
			return ""
		}
		format, ok := constString(info, e.Args[0])
		if !ok {
			return ""
		}
		before, _, _ := strings.Cut(format, "%")
		return before
	}
	return ""
}

// constSprintf folds fmt.Sprintf(format, args...) when the format and every
// argument are constant strings, integers or booleans whose types have no
// String, Error or Format method (which would run at run time).
func constSprintf(info *types.Info, call *ast.CallExpr) (string, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || !isPkgFunc(fn, "fmt", "Sprintf") || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return "", false
	}
	format, ok := constString(info, call.Args[0])
	if !ok {
		return "", false
	}
	args := make([]any, 0, len(call.Args)-1)
	for _, a := range call.Args[1:] {
		v, ok := constArg(info, a)
		if !ok {
			return "", false
		}
		args = append(args, v)
	}
	return fmt.Sprintf(format, args...), true
}

// constArg returns the Go value fmt would receive for a constant argument.
func constArg(info *types.Info, e ast.Expr) (any, bool) {
	if s, ok := constString(info, e); ok {
		if hasFormatter(info.TypeOf(e)) {
			return nil, false
		}
		return s, true
	}
	tv, ok := info.Types[ast.Unparen(e)]
	if !ok || tv.Value == nil || hasFormatter(tv.Type) {
		return nil, false
	}
	switch tv.Value.Kind() {
	case constant.Bool:
		return constant.BoolVal(tv.Value), true
	case constant.Int:
		if i, exact := constant.Int64Val(tv.Value); exact {
			if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsUnsigned != 0 {
				return uint64(i), true
			}
			return i, true
		}
	}
	return nil, false
}

// hasFormatter reports whether fmt would call a method of t instead of
// printing its value.
func hasFormatter(t types.Type) bool {
	if t == nil {
		return false
	}
	ms := types.NewMethodSet(t)
	for _, name := range []string{"String", "Error", "Format", "GoString"} {
		if ms.Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}

// isPkgFunc reports whether fn is the package-level function path.name.
func isPkgFunc(fn *types.Func, path, name string) bool {
	return fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Name() == name && fn.Signature().Recv() == nil
}
