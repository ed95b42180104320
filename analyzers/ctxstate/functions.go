package ctxstate

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/place"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// function is one function declaration of the package: what its own code
// (function literals aside) does with context keys, and, once summarised,
// what it does with them for its callers.
type function struct {
	obj      *types.Func
	body     *ast.BlockStmt
	setter   bool          // it hands a carrier back (handsCarrierBack)
	reads    []valueRead   // carrier reads
	sets     []keySite     // carrier sets
	calls    []callSite    // static calls
	returns  []ast.Expr    // returned expressions that may be handlers
	assigned assignments   // built on first use, by handler
	uses     []keyUse      // what it does for its callers, in the order found
	index    map[useID]int // uses by key and kind
}

type useID struct {
	key  string
	kind useKind
}

// valueRead is a read of key whose value has type t: the type asserted
// (ctx.Value(k).(T)) or the getter's result type.
type valueRead struct {
	key, at string
	t       types.Type
}

// keySite is a set of key, or a key a handler sets, at a place.
type keySite struct{ key, at string }

type callSite struct {
	call *ast.CallExpr
	fn   *types.Func
}

// add records a use, keeping the first place; it reports whether the use
// is new.
func (f *function) add(kind useKind, key string, result int, at string) bool {
	id := useID{key, kind}
	if _, ok := f.index[id]; ok {
		return false
	}
	if f.index == nil {
		f.index = map[useID]int{}
	}
	f.index[id] = len(f.uses)
	f.uses = append(f.uses, keyUse{Key: key, Kind: kind, Result: result, At: at})
	return true
}

// fact returns f's uses in their exported form.
func (f *function) fact() *keyFact {
	out := &keyFact{Uses: append([]keyUse(nil), f.uses...)}
	sort.Slice(out.Uses, func(i, j int) bool {
		a, b := out.Uses[i], out.Uses[j]
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		return a.Kind < b.Kind
	})
	return out
}

// summarise scans every function declaration, works out to a fixed point
// over the package's own calls which keys each hands out, sets for its
// caller or sets in the handler it returns, and exports the non-empty
// summaries as facts.
func (c *checker) summarise() {
	var funcs []*function
	c.local = map[*types.Func]*function{}
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if obj, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); obj != nil {
				f := c.scan(obj, fd.Body)
				funcs = append(funcs, f)
				c.local[obj] = f
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, f := range funcs {
			changed = c.settle(f) || changed
		}
	}
	for _, f := range funcs {
		if len(f.uses) > 0 {
			c.pass.ExportObjectFact(f.obj, f.fact())
		}
	}
}

// scan records what the function's own code does: its carrier reads and
// sets, its static calls and the handlers it may return. Function
// literals are left to handler: their code runs when they are called.
func (c *checker) scan(obj *types.Func, body *ast.BlockStmt) *function {
	f := &function{obj: obj, body: body, setter: handsCarrierBack(obj.Signature())}
	ast.PreorderStack(body, nil, func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, e := range n.Results {
				if mayBeHandler(c.pass.TypesInfo.TypeOf(e)) {
					f.returns = append(f.returns, e)
				}
			}
		case *ast.CallExpr:
			fn := c.callee(n)
			if k, set, ok := c.keyAccess(n, fn); ok {
				if c.recordable(k) {
					c.scanAccess(f, n, stack, k.String(), set)
				}
			} else if fn != nil {
				f.calls = append(f.calls, callSite{n, fn})
			}
		}
		return true
	})
	return f
}

// scanAccess records a carrier call of the function: a set, or a read with
// the type of the value it yields.
func (c *checker) scanAccess(f *function, call *ast.CallExpr, stack []ast.Node, k string, set bool) {
	at := place.At(c.pass, call.Pos())
	if set {
		f.sets = append(f.sets, keySite{k, at})
		return
	}
	f.reads = append(f.reads, valueRead{key: k, at: at, t: c.valueType(f.body, call, stack)})
}

// valueType is the type of the value a carrier read yields: the type it
// is asserted to (ctx.Value(k).(T)), or that the variable it is assigned
// to is asserted to in body (v, ok := c.Get(k) ... v.(T)), else the
// carrier's (first) result.
func (c *checker) valueType(body *ast.BlockStmt, call *ast.CallExpr, stack []ast.Node) types.Type {
	var child ast.Node = call
	for i := len(stack) - 1; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			child = p
			continue
		case *ast.TypeAssertExpr:
			if p.X == child && p.Type != nil {
				return c.pass.TypesInfo.TypeOf(p.Type)
			}
		case *ast.AssignStmt:
			if len(p.Rhs) == 1 && p.Rhs[0] == child {
				if t := c.assertedLater(body, p.Lhs[0]); t != nil {
					return t
				}
			}
		}
		break
	}
	return resultType(c.pass.TypesInfo, call, 0)
}

// assertedLater returns the type the variable lhs names is first asserted
// to in body, or nil.
func (c *checker) assertedLater(body *ast.BlockStmt, lhs ast.Expr) types.Type {
	id, ok := lhs.(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	obj := c.pass.TypesInfo.ObjectOf(id)
	var t types.Type
	ast.Inspect(body, func(n ast.Node) bool {
		if a, ok := n.(*ast.TypeAssertExpr); ok && t == nil && a.Type != nil {
			if x, ok := ast.Unparen(a.X).(*ast.Ident); ok && c.pass.TypesInfo.Uses[x] == obj {
				t = c.pass.TypesInfo.TypeOf(a.Type)
			}
		}
		return t == nil
	})
	return t
}

// settle adds to f's uses what its reads, sets, calls and returns make of
// the current summaries; it reports whether any use is new.
func (c *checker) settle(f *function) bool {
	changed := false
	for _, r := range f.reads {
		if i := resultFor(f.obj, r.t); i >= 0 {
			changed = f.add(handsOut, r.key, i, r.at) || changed
		}
	}
	if f.setter {
		for _, s := range f.sets {
			changed = f.add(setsFor, s.key, 0, s.at) || changed
		}
	}
	for _, cs := range f.calls {
		for _, u := range c.usesOf(cs.fn) {
			switch {
			case u.Kind == handsOut:
				if i := resultFor(f.obj, resultType(c.pass.TypesInfo, cs.call, u.Result)); i >= 0 {
					changed = f.add(handsOut, u.Key, i, u.At) || changed
				}
			case u.Kind == setsFor && f.setter:
				changed = f.add(setsFor, u.Key, 0, u.At) || changed
			}
		}
	}
	for _, e := range f.returns {
		for _, s := range c.handler(f, e, map[*types.Var]bool{}) {
			changed = f.add(middleware, s.key, 0, s.at) || changed
		}
	}
	return changed
}

// usesOf returns what fn does for its callers: its summary so far when it
// is declared in the package, else its fact.
func (c *checker) usesOf(fn *types.Func) []keyUse {
	if f := c.local[fn]; f != nil {
		return f.uses
	}
	if fact := c.keyFact(fn); fact != nil {
		return fact.Uses
	}
	return nil
}

// callee returns the static callee of call, in its generic form; nil for a
// call of a function value, a conversion or a builtin; for a call through
// an interface, the interface method.
func (c *checker) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn != nil {
		fn = fn.Origin()
	}
	return fn
}

// direct calls visit for each call in body, with its static callee (see
// callee).
func (c *checker) direct(body ast.Node, visit func(*ast.CallExpr, *types.Func)) {
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			visit(call, c.callee(call))
		}
		return true
	})
}

// keyAccess returns the key a carrier call reads or sets.
func (c *checker) keyAccess(call *ast.CallExpr, fn *types.Func) (key, bool, bool) {
	cr, ok := typenames.ContextCarrier(fn)
	if !ok || cr.Arg >= len(call.Args) {
		return key{}, false, false
	}
	k, ok := keyOf(c.pass.TypesInfo, call.Args[cr.Arg], cr.ByString)
	return k, cr.Set, ok
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
	path, mod := c.pass.Pkg.Path(), c.pass.Module.Path // a string key counts where it is used
	if k.obj != nil {
		path = k.obj.Pkg().Path()
	}
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
