package ctxstate

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/place"
)

// function is one function declaration of the package and the keys it
// reads or sets, directly or through its callees.
type function struct {
	obj   *types.Func
	calls []*types.Func     // static callees, in source order
	uses  map[keyUse]string // {Key, Set} -> the first place, directly or through a callee
	order []keyUse          // the keys of uses, in the order found (for a stable fact)
}

// use records a key the function reads or sets, keeping the first place.
func (f *function) use(k string, set bool, at string) bool {
	u := keyUse{Key: k, Set: set}
	if _, ok := f.uses[u]; ok {
		return false
	}
	f.uses[u] = at
	f.order = append(f.order, u)
	return true
}

// fact returns f's summary in its exported form.
func (f *function) fact() *keyFact {
	out := &keyFact{}
	for _, u := range f.order {
		out.Uses = append(out.Uses, keyUse{Key: u.Key, Set: u.Set, At: f.uses[u]})
	}
	sort.Slice(out.Uses, func(i, j int) bool {
		a, b := out.Uses[i], out.Uses[j]
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		return !a.Set && b.Set
	})
	return out
}

// summarise records, for every function declaration, the keys its body
// (closures included: a middleware constructor sets its key in the handler
// it returns) reads or sets, then adds its callees' to a fixed point over
// the package's own calls, and exports the non-empty summaries as facts.
func (c *checker) summarise() {
	var funcs []*function
	byObj := map[*types.Func]*function{}
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			f := &function{obj: obj, uses: map[keyUse]string{}}
			c.direct(fd.Body, func(call *ast.CallExpr, fn *types.Func) {
				if k, set, ok := c.keyAccess(call, fn); ok && c.recordable(k) {
					f.use(k.String(), set, place.At(c.pass, call.Pos()))
				} else if fn != nil {
					f.calls = append(f.calls, fn)
				}
			})
			funcs = append(funcs, f)
			byObj[obj] = f
		}
	}
	for changed := true; changed; {
		changed = false
		for _, f := range funcs {
			for _, fn := range f.calls {
				if g := byObj[fn]; g != nil {
					for _, u := range g.order {
						changed = f.use(u.Key, u.Set, g.uses[u]) || changed
					}
				} else if fact := c.keyFact(fn); fact != nil {
					for _, u := range fact.Uses {
						f.use(u.Key, u.Set, u.At)
					}
				}
			}
		}
	}
	for _, f := range funcs {
		if len(f.uses) > 0 {
			c.pass.ExportObjectFact(f.obj, f.fact())
		}
	}
}

// direct calls visit for each call in body, with its static callee (nil
// for a call of a function value or a builtin) or, for a call through an
// interface, the interface method.
func (c *checker) direct(body ast.Node, visit func(*ast.CallExpr, *types.Func)) {
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
			if fn != nil {
				fn = fn.Origin()
			}
			visit(call, fn)
		}
		return true
	})
}

// keyAccess returns the key a carrier call reads or sets.
func (c *checker) keyAccess(call *ast.CallExpr, fn *types.Func) (key, bool, bool) {
	cr, ok := carrierOf(fn)
	if !ok || cr.arg >= len(call.Args) {
		return key{}, false, false
	}
	k, ok := keyOf(c.pass.TypesInfo, call.Args[cr.arg])
	return k, cr.set, ok
}

// recordable reports whether a key belongs in facts: keys declared outside
// the module of the package analysed (the standard library's, a
// dependency's) can have no owner in the spec, and leaving them out keeps
// the facts of large dependency graphs small. Without a module (some
// drivers pass none) every key is kept.
func (c *checker) recordable(k key) bool {
	if c.pass.Module == nil || c.pass.Module.Path == "" {
		return true
	}
	path, mod := k.obj.Pkg().Path(), c.pass.Module.Path
	return path == mod || strings.HasPrefix(path, mod+"/")
}

// keyFact imports fn's fact once.
func (c *checker) keyFact(fn *types.Func) *keyFact {
	if f, ok := c.facts[fn]; ok {
		return f
	}
	var f *keyFact
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		if got := new(keyFact); c.pass.ImportObjectFact(fn, got) {
			f = got
		}
	}
	c.facts[fn] = f
	return f
}
