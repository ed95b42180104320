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

// folder folds key expressions to the strings they always evaluate to.
type folder struct {
	info   *types.Info
	files  []*ast.File
	locals map[*types.Var]ast.Expr // built on first use; see local
}

// constString folds e to a string known at compile time: a constant
// expression (literals, named constants from any package and their
// concatenation, which the type checker has already folded), a local
// variable assigned once from such a string, the concatenation of such
// strings, and fmt.Sprintf with a constant format and constant arguments.
func (f *folder) constString(e ast.Expr) (string, bool) {
	e = ast.Unparen(e)
	info := f.info
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return "", false
		}
		return constant.StringVal(tv.Value), true
	}
	switch e := e.(type) {
	case *ast.Ident:
		if init := f.local(e); init != nil {
			return f.constString(init)
		}
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := f.constString(e.X)
		if !ok {
			return "", false
		}
		y, ok := f.constString(e.Y)
		return x + y, ok
	case *ast.CallExpr:
		return f.constSprintf(e)
	}
	return "", false
}

// constPrefix returns the constant text a key built at run time starts
// with: "STRIPE_" for "STRIPE_" + name, and for fmt.Sprintf("STRIPE_%s", x).
func (f *folder) constPrefix(e ast.Expr) string {
	if s, ok := f.constString(e); ok {
		return s
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if init := f.local(e); init != nil {
			return f.constPrefix(init)
		}
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return ""
		}
		if x, ok := f.constString(e.X); ok {
			return x + f.constPrefix(e.Y)
		}
		return f.constPrefix(e.X)
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(f.info, e).(*types.Func)
		if !ok || !isPkgFunc(fn, "fmt", "Sprintf") || len(e.Args) == 0 {
			return ""
		}
		format, ok := f.constString(e.Args[0])
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
func (f *folder) constSprintf(call *ast.CallExpr) (string, bool) {
	fn, ok := typeutil.Callee(f.info, call).(*types.Func)
	if !ok || !isPkgFunc(fn, "fmt", "Sprintf") || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return "", false
	}
	format, ok := f.constString(call.Args[0])
	if !ok {
		return "", false
	}
	args := make([]any, 0, len(call.Args)-1)
	for _, a := range call.Args[1:] {
		v, ok := f.constArg(a)
		if !ok {
			return "", false
		}
		args = append(args, v)
	}
	return fmt.Sprintf(format, args...), true
}

// constArg returns the Go value fmt would receive for a constant argument.
func (f *folder) constArg(e ast.Expr) (any, bool) {
	if s, ok := f.constString(e); ok {
		if hasFormatter(f.info.TypeOf(e)) {
			return nil, false
		}
		return s, true
	}
	tv, ok := f.info.Types[ast.Unparen(e)]
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

// local returns the expression a local variable is initialised with when
// that is the only assignment to it anywhere in the package and its address
// is never taken, as in key := "STRIPE_KEY"; os.Getenv(key). Otherwise nil.
func (f *folder) local(id *ast.Ident) ast.Expr {
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	if f.locals == nil {
		f.locals = singleAssignments(f.info, f.files)
	}
	return f.locals[v]
}

// singleAssignments maps each variable assigned exactly once, at its
// declaration, to its initial value.
func singleAssignments(info *types.Info, files []*ast.File) map[*types.Var]ast.Expr {
	inits := map[*types.Var]ast.Expr{}
	writes := map[*types.Var]int{}
	write := func(e ast.Expr, n int) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		if v != nil {
			writes[v] += n
		}
		return v
	}
	for _, file := range files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if v := write(lhs, 1); v != nil && n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) && info.Defs[lhs.(*ast.Ident)] != nil {
						inits[v] = n.Rhs[i]
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if v := write(name, 1); v != nil && len(n.Values) == len(n.Names) {
						inits[v] = n.Values[i]
					}
				}
			case *ast.IncDecStmt:
				write(n.X, 2)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					write(n.X, 2)
				}
			case *ast.RangeStmt:
				if n.Key != nil {
					write(n.Key, 2)
				}
				if n.Value != nil {
					write(n.Value, 2)
				}
			}
			return true
		})
	}
	for v := range inits {
		if writes[v] != 1 {
			delete(inits, v)
		}
	}
	return inits
}
