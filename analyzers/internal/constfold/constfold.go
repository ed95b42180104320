// Package constfold folds the expressions that name a config key or hold
// SQL text to the strings they evaluate to, beyond what the type checker
// folds: local variables assigned constant strings, their concatenation and
// fmt.Sprintf of constants. The config and tx analyzers share it.
package constfold

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/stores"
)

// Folder folds the expressions of one package.
type Folder struct {
	info   *types.Info
	files  []*ast.File
	writes map[*types.Var][]ast.Expr // built on first use; see assignments
}

// New returns a folder for a package's files and type information.
func New(info *types.Info, files []*ast.File) *Folder { return &Folder{info: info, files: files} }

// String folds e to a string known at compile time: a constant
// expression (literals, named constants from any package and their
// concatenation, which the type checker has already folded), a local
// variable assigned once from such a string, the concatenation of such
// strings, and fmt.Sprintf with a constant format and constant arguments.
func (f *Folder) String(e ast.Expr) (string, bool) {
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
			return f.String(init)
		}
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := f.String(e.X)
		if !ok {
			return "", false
		}
		y, ok := f.String(e.Y)
		return x + y, ok
	case *ast.CallExpr:
		return f.constSprintf(e)
	}
	return "", false
}

// Prefix returns the constant text a key built at run time starts
// with: "STRIPE_" for "STRIPE_" + name, and for fmt.Sprintf("STRIPE_%s", x).
func (f *Folder) Prefix(e ast.Expr) string {
	if s, ok := f.String(e); ok {
		return s
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if init := f.local(e); init != nil {
			return f.Prefix(init)
		}
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return ""
		}
		if x, ok := f.String(e.X); ok {
			return x + f.Prefix(e.Y)
		}
		return f.Prefix(e.X)
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(f.info, e).(*types.Func)
		if !ok || !isPkgFunc(fn, "fmt", "Sprintf") || len(e.Args) == 0 {
			return ""
		}
		format, ok := f.String(e.Args[0])
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
func (f *Folder) constSprintf(call *ast.CallExpr) (string, bool) {
	fn, ok := typeutil.Callee(f.info, call).(*types.Func)
	if !ok || !isPkgFunc(fn, "fmt", "Sprintf") || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return "", false
	}
	format, ok := f.String(call.Args[0])
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
func (f *Folder) constArg(e ast.Expr) (any, bool) {
	if s, ok := f.String(e); ok {
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

// Strings folds e to every string it may evaluate to: the one value
// String finds, or, for a local variable every assignment of which is such
// a string, one per assignment, as in
//
//	query := selectActive
//	if all {
//		query = selectAll
//	}
//
// The declaration var q string counts as the alternative "". It reports
// false when any alternative is unknown.
func (f *Folder) Strings(e ast.Expr) ([]string, bool) {
	return f.alternatives(e, map[*types.Var]bool{})
}

// maxAlternatives bounds the values of one expression, which concatenating
// variables multiplies.
const maxAlternatives = 64

func (f *Folder) alternatives(e ast.Expr, visiting map[*types.Var]bool) ([]string, bool) {
	if s, ok := f.String(e); ok {
		return []string{s}, true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, writes := f.localWrites(e)
		if v == nil || visiting[v] {
			return nil, false
		}
		visiting[v] = true
		defer delete(visiting, v)
		var out []string
		for _, w := range writes {
			if w == zeroString {
				out = append(out, "")
				continue
			}
			alts, ok := f.alternatives(w, visiting)
			if !ok {
				return nil, false
			}
			out = append(out, alts...)
		}
		return out, len(out) > 0 && len(out) <= maxAlternatives
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return nil, false
		}
		xs, ok := f.alternatives(e.X, visiting)
		if !ok {
			return nil, false
		}
		ys, ok := f.alternatives(e.Y, visiting)
		if !ok || len(xs)*len(ys) > maxAlternatives {
			return nil, false
		}
		var out []string
		for _, x := range xs {
			for _, y := range ys {
				out = append(out, x+y)
			}
		}
		return out, true
	}
	return nil, false
}

// local returns the expression a local variable is initialised with when
// that is the only assignment to it anywhere in the package and its address
// is never taken, as in key := "STRIPE_KEY"; os.Getenv(key). Otherwise nil.
func (f *Folder) local(id *ast.Ident) ast.Expr {
	_, writes := f.localWrites(id)
	if len(writes) != 1 || writes[0] == zeroString {
		return nil
	}
	return writes[0]
}

// localWrites returns the local variable id names and every value assigned
// to it, its declaration first, when all of them are known; else nil.
func (f *Folder) localWrites(id *ast.Ident) (*types.Var, []ast.Expr) {
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, nil
	}
	if f.writes == nil {
		f.writes = assignments(f.info, f.files)
	}
	writes := f.writes[v]
	for _, w := range writes {
		if w == nil {
			return nil, nil
		}
	}
	return v, writes
}

// zeroString stands for the zero value of a variable declared without one:
// var q string.
var zeroString ast.Expr = &ast.BasicLit{Kind: token.STRING, Value: `""`}

// assignments maps each variable declared in the files to the values
// assigned to it, in source order, starting with its declaration. A write
// whose value is unknown (x, err = f(), x += y, x++, &x, a range variable)
// is recorded as nil. Variables declared elsewhere (parameters, results)
// are absent: their first value comes from outside.
func assignments(info *types.Info, files []*ast.File) map[*types.Var][]ast.Expr {
	declared := map[*types.Var]bool{}
	writes := map[*types.Var][]ast.Expr{}
	stores.Walk(info, files, func(s stores.Store) {
		if s.Var.IsField() {
			return // no var or := declares a field: it would be dropped below
		}
		var value ast.Expr
		switch s.Kind {
		case stores.Assign, stores.Define:
			if !s.Multi {
				value = s.Value
			}
		case stores.Decl:
			value = specValue(s)
		}
		writes[s.Var] = append(writes[s.Var], value)
		if s.Declares && (s.Kind == stores.Define || s.Kind == stores.Decl) {
			declared[s.Var] = true
		}
	})
	for v := range writes {
		if !declared[v] {
			delete(writes, v)
		}
	}
	return writes
}

// specValue is the value a var declaration gives one of its names: its own
// expression, the zero string when it has none, nil (unknown) when one
// call yields them all.
func specValue(s stores.Store) ast.Expr {
	switch {
	case s.Zero:
		return zeroString
	case s.Multi:
		return nil
	}
	return s.Value
}
