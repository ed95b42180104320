package ctxstate

import (
	"go/ast"
	"go/types"

	"github.com/boundarylint/boundarylint/analyzers/internal/place"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// handler returns the keys that the handler e evaluates to sets when it
// runs: a function literal that sets them (setsIn), a conversion of one
// (http.HandlerFunc(func...)), a call of a middleware constructor, a
// function value of a setter or constructor, or a local variable assigned
// any of these. seen guards against variables assigned each other.
func (c *checker) handler(f *function, e ast.Expr, seen map[*types.Var]bool) []keySite {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return c.setsIn(e)
	case *ast.CallExpr:
		if tv, ok := c.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.handler(f, e.Args[0], seen)
		}
		if fn := c.callee(e); fn != nil {
			return sitesOf(c.usesOf(fn), middleware)
		}
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := c.pass.TypesInfo.Uses[identOf(e)].(type) {
		case *types.Func:
			return sitesOf(c.usesOf(obj.Origin()), setsFor, middleware)
		case *types.Var:
			if packageLevel(obj) || seen[obj] {
				return nil
			}
			seen[obj] = true
			if f.assigned == nil {
				f.assigned = c.assignmentsIn(f.body)
			}
			var out []keySite
			for _, x := range f.assigned[obj] {
				out = append(out, c.handler(f, x, seen)...)
			}
			return out
		}
	}
	return nil
}

// closure is what a function literal's code (nested literals included)
// does: its carrier sets and its static calls.
type closure struct {
	sets  []keySite
	calls []*types.Func
}

// setsIn returns the keys a function literal sets when it runs: directly,
// through a setter or by running a middleware constructor's handler.
func (c *checker) setsIn(lit *ast.FuncLit) []keySite {
	cl := c.closures[lit]
	if cl == nil {
		cl = &closure{}
		c.direct(lit.Body, func(call *ast.CallExpr, fn *types.Func) {
			if k, set, ok := c.keyAccess(call, fn); ok {
				if set && c.recordable(k) {
					cl.sets = append(cl.sets, keySite{k.String(), place.At(c.pass, call.Pos())})
				}
			} else if fn != nil {
				cl.calls = append(cl.calls, fn)
			}
		})
		c.closures[lit] = cl
	}
	out := append([]keySite(nil), cl.sets...)
	for _, fn := range cl.calls {
		out = append(out, sitesOf(c.usesOf(fn), setsFor, middleware)...)
	}
	return out
}

// sitesOf returns the keys and places of the uses of the given kinds.
func sitesOf(uses []keyUse, kinds ...useKind) []keySite {
	var out []keySite
	for _, u := range uses {
		for _, k := range kinds {
			if u.Kind == k {
				out = append(out, keySite{u.Key, u.At})
			}
		}
	}
	return out
}

// assignments lists what is assigned to each local variable of a function.
type assignments map[*types.Var][]ast.Expr

// assignmentsIn collects the one-to-one assignments and declarations of
// local variables in body.
func (c *checker) assignmentsIn(body *ast.BlockStmt) assignments {
	out := assignments{}
	record := func(id *ast.Ident, x ast.Expr) {
		if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok && !packageLevel(v) {
			out[v] = append(out[v], x)
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						record(id, n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					record(id, n.Values[i])
				}
			}
		}
		return true
	})
	return out
}

// resultFor returns the index of fn's first result that carries a value
// of type t (see carries), or -1.
func resultFor(fn *types.Func, t types.Type) int {
	if t == nil {
		return -1
	}
	res := fn.Signature().Results()
	for i := range res.Len() {
		if carries(res.At(i).Type(), t) {
			return i
		}
	}
	return -1
}

// carries reports whether a result of type r hands out a value of type t:
// r is t, a pointer to t, what t points to, or t's underlying type.
func carries(r, t types.Type) bool {
	if types.Identical(r, t) {
		return true
	}
	if p, ok := types.Unalias(r).(*types.Pointer); ok && types.Identical(p.Elem(), t) {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok && types.Identical(p.Elem(), r) {
		return true
	}
	_, named := types.Unalias(t).(*types.Named)
	return named && types.Identical(r, t.Underlying())
}

// resultType returns the type of a call's i-th result, or nil.
func resultType(info *types.Info, call *ast.CallExpr, i int) types.Type {
	switch t := info.TypeOf(call).(type) {
	case nil:
		return nil
	case *types.Tuple:
		if i < t.Len() {
			return t.At(i).Type()
		}
		return nil
	default:
		if i == 0 {
			return t
		}
		return nil
	}
}

// handsCarrierBack reports whether a key a function sets reaches its
// caller: it returns a context.Context or an *http.Request, or it is
// passed a gin or echo context, which it sets in place.
func handsCarrierBack(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		if isType(v.Type(), "context", "Context") || isType(v.Type(), "net/http", "Request") {
			return true
		}
	}
	for v := range sig.Params().Variables() {
		if isType(v.Type(), typenames.GinPath, "Context") || isType(v.Type(), typenames.EchoPath, "Context") || isType(v.Type(), typenames.Echo4Path, "Context") {
			return true
		}
	}
	return false
}

// mayBeHandler reports whether a returned value of type t may be a
// handler: a function, or an interface value other than an error or a
// context.
func mayBeHandler(t types.Type) bool {
	switch u := t.(type) {
	case nil:
		return false
	case *types.Tuple:
		for v := range u.Variables() {
			if mayBeHandler(v.Type()) {
				return true
			}
		}
		return false
	}
	switch t.Underlying().(type) {
	case *types.Signature:
		return true
	case *types.Interface:
		return !types.Identical(t, types.Universe.Lookup("error").Type()) && !isType(t, "context", "Context")
	}
	return false
}

// isType reports whether t is, or points to, the named type pkg.name.
func isType(t types.Type, pkg, name string) bool {
	n := typenames.Named(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Name() == name && n.Obj().Pkg().Path() == pkg
}
