package remote

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// callFact is the object fact a function exports when a caller in another
// component could see, in process only, what it does with memory: it
// writes through some of its parameters (directly or through the functions
// it calls), or some of its results are its own state; or when it is a
// context accessor: it hands out a value it reads from a context (ctx.Value,
// gin's and echo's Get), so that a call of it reads the caller's own
// context, a dependency ctxstate reports, and is no call into the
// component. It names parameter and result indices, never components, so
// it does not depend on the spec: go vet caches facts without looking at
// boundaries.yaml.
type callFact struct {
	Writes  []int // indices of the parameters it writes through, ascending
	Aliased []int // indices of the results that are its own state, ascending
	Context []int // indices of the results that hand out a context value, ascending
}

func (*callFact) AFact() {}

// methodCalls is the package fact that carries the callFacts of the
// package's methods (see funcfacts: a fact about a method would be copied
// into every dependent package's fact file).
type methodCalls struct{ Methods []funcfacts.Entry[*callFact] }

func (*methodCalls) AFact() {}

func (t *methodCalls) Entries() *[]funcfacts.Entry[*callFact] { return &t.Methods }

func (t *methodCalls) String() string { return funcfacts.String[*callFact](t) }

func (f *callFact) String() string {
	var parts []string
	if len(f.Writes) > 0 {
		parts = append(parts, "writes through parameter "+ints(f.Writes))
	}
	if len(f.Aliased) > 0 {
		parts = append(parts, "returns its state as result "+ints(f.Aliased))
	}
	if len(f.Context) > 0 {
		parts = append(parts, "hands out a context value as result "+ints(f.Context))
	}
	return strings.Join(parts, "; ")
}

func ints(is []int) string {
	s := make([]string, len(is))
	for i, n := range is {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ", ")
}

// summary is what the package's own function declarations do, while it is
// computed: a fixpoint over the calls between them.
type summary struct {
	decl    *ast.FuncDecl
	params  map[*types.Var]int // parameter -> index
	writes  map[int]bool
	aliased map[int]bool
	context map[int]bool
	held    map[*types.Var]bool // local variables assigned a context value
}

// summarise computes the package's facts: each function's writes through
// its parameters and its aliased results, iterated until calls between the
// package's functions change nothing, then exports them.
func (c *checker) summarise() {
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			s := &summary{decl: fd, params: map[*types.Var]int{}, writes: map[int]bool{}, aliased: map[int]bool{}, context: map[int]bool{}, held: map[*types.Var]bool{}}
			sig := fn.Signature()
			for i := 0; i < sig.Params().Len(); i++ {
				s.params[sig.Params().At(i)] = i
			}
			c.local[fn] = s
		}
	}
	for changed := true; changed; {
		changed = false
		for fn, s := range c.local {
			if c.scan(fn, s) {
				changed = true
			}
		}
	}
	for fn, s := range c.local {
		f := s.fact()
		if len(f.Writes)+len(f.Aliased)+len(f.Context) > 0 {
			c.calls.Export(fn, f)
		}
	}
	c.calls.Finish()
}

// scan reads one function's body and reports whether its summary grew.
func (c *checker) scan(fn *types.Func, s *summary) bool {
	before := len(s.writes) + len(s.aliased) + len(s.context) + len(s.held)
	ast.Inspect(s.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // runs later, if at all: not this call's effect
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, lhs := range n.Lhs {
					c.noteWrite(s, lhs)
				}
			}
			c.noteHeld(s, n)
		case *ast.IncDecStmt:
			c.noteWrite(s, n.X)
		case *ast.CallExpr:
			c.noteCallWrites(s, n)
		case *ast.ReturnStmt:
			c.noteReturn(fn, s, n)
		}
		return true
	})
	return len(s.writes)+len(s.aliased)+len(s.context)+len(s.held) > before
}

// fact returns the summary in its exported form.
func (s *summary) fact() *callFact {
	return &callFact{Writes: keys(s.writes), Aliased: keys(s.aliased), Context: keys(s.context)}
}

// noteWrite records a store through a parameter: *p, p.f, p[i] where the
// path from p goes through a pointer, map or slice.
func (c *checker) noteWrite(s *summary, lhs ast.Expr) {
	if v, indirect := c.root(lhs); v != nil && indirect {
		if i, ok := s.params[v]; ok {
			s.writes[i] = true
		}
	}
}

// noteCallWrites records a parameter passed on to a function that writes
// through it, and the built-ins that write: copy, clear, delete.
func (c *checker) noteCallWrites(s *summary, call *ast.CallExpr) {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "copy", "clear", "delete":
				if len(call.Args) > 0 {
					c.notePassed(s, call.Args[0])
				}
			}
			return
		}
	}
	f := c.factOf(c.callee(call))
	if f == nil {
		return
	}
	args := c.args(call)
	for _, i := range f.Writes {
		if i < len(args) {
			c.notePassed(s, args[i])
		}
	}
}

// notePassed records arg, handed to something that writes through it, as a
// write when it is a parameter of reference type or a path into one.
func (c *checker) notePassed(s *summary, arg ast.Expr) {
	arg = ast.Unparen(arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		c.noteWrite(s, u.X)
		return
	}
	if v, indirect := c.root(arg); v != nil {
		if i, ok := s.params[v]; ok && (indirect || isReference(v.Type())) {
			s.writes[i] = true
		}
	}
}

// noteReturn records results that are the function's own state: a package
// variable (or its address, or a path into it) of reference type, a field
// of its receiver reached through a pointer, or the result of a call that
// returns its callee's state.
func (c *checker) noteReturn(fn *types.Func, s *summary, ret *ast.ReturnStmt) {
	for i, r := range ret.Results {
		if c.isState(fn, r) {
			s.aliased[i] = true
		}
		if c.isContextValue(s, r) {
			s.context[i] = true
		}
	}
}

// noteHeld records the local variables assigned a context value: v :=
// ctx.Value(k).(T), v, ok := c.Get(k), v := api.FromContext(ctx).
func (c *checker) noteHeld(s *summary, as *ast.AssignStmt) {
	if len(as.Rhs) != 1 && len(as.Rhs) != len(as.Lhs) {
		return
	}
	for i, lhs := range as.Lhs {
		rhs := as.Rhs[0]
		if len(as.Rhs) > 1 {
			rhs = as.Rhs[i]
		} else if i > 0 {
			break // the ok of v, ok := ...
		}
		if !c.isContextValue(s, rhs) {
			continue
		}
		if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
			if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
				s.held[v] = true
			}
		}
	}
}

// isContextValue reports whether e is a value read from a context: a
// carrier's read (typenames.ContextCarrier), the first result of a
// function that hands one out, either possibly asserted to a type, or a
// local variable holding one.
func (c *checker) isContextValue(s *summary, e ast.Expr) bool {
	e = ast.Unparen(e)
	if ta, ok := e.(*ast.TypeAssertExpr); ok {
		e = ast.Unparen(ta.X)
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, _ := c.pass.TypesInfo.Uses[e].(*types.Var)
		return v != nil && s.held[v]
	case *ast.CallExpr:
		fn := c.callee(e)
		if cr, ok := typenames.ContextCarrier(fn); ok {
			return !cr.Set
		}
		f := c.factOf(fn)
		return f != nil && slices.Contains(f.Context, 0)
	}
	return false
}

func (c *checker) isState(fn *types.Func, r ast.Expr) bool {
	r = ast.Unparen(r)
	addr := false
	if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
		r, addr = u.X, true
	}
	tv, ok := c.pass.TypesInfo.Types[r]
	if !ok || (!addr && !isReference(tv.Type)) {
		return false
	}
	if call, ok := r.(*ast.CallExpr); ok && !addr {
		f := c.factOf(c.callee(call))
		return f != nil && len(f.Aliased) > 0 && c.methodOn(call, fn)
	}
	v, indirect := c.root(r)
	if v == nil {
		return false
	}
	if v.Parent() == v.Pkg().Scope() {
		return true // a package variable
	}
	recv := fn.Signature().Recv()
	_, isSel := r.(*ast.SelectorExpr)
	return recv != nil && v == recv && (isSel || indirect)
}

// methodOn reports whether call is a call on fn's own receiver, or of a
// package-level function: state returned by such a call is fn's too.
func (c *checker) methodOn(call *ast.CallExpr, fn *types.Func) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return true
	}
	if s := c.pass.TypesInfo.Selections[sel]; s == nil {
		return true // pkg.F
	}
	v, _ := c.root(sel.X)
	recv := fn.Signature().Recv()
	return recv != nil && v == recv
}

// root returns the variable an expression of the forms x, *x, x.f, x[i]
// and x[i:j] starts from (nil when it starts elsewhere), and whether the
// path from it goes through a pointer, map or slice (so that a store along
// it is seen by the variable's other holders).
func (c *checker) root(e ast.Expr) (*types.Var, bool) {
	b, indirect := c.base(e)
	var id *ast.Ident
	switch b := b.(type) {
	case *ast.Ident:
		id = b
	case *ast.SelectorExpr:
		id = b.Sel // a qualified identifier: pkg.Var
	default:
		return nil, false
	}
	v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || v.IsField() {
		return nil, false
	}
	return v, indirect
}

// base returns what a path of dereferences, field selections, index and
// slice expressions starts from, and whether it goes through a pointer,
// map or slice.
func (c *checker) base(e ast.Expr) (ast.Expr, bool) {
	indirect := false
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.StarExpr:
			indirect, e = true, x.X
		case *ast.SelectorExpr:
			s := c.pass.TypesInfo.Selections[x]
			if s == nil || s.Kind() != types.FieldVal {
				return x, indirect // pkg.Var, or a method value
			}
			if s.Indirect() || isPointer(c.typeOf(x.X)) {
				indirect = true
			}
			e = x.X
		case *ast.IndexExpr:
			if t := c.typeOf(x.X); t == nil || (isReference(t) && !isString(t)) {
				indirect = true
			}
			e = x.X
		case *ast.SliceExpr:
			e = x.X
		default:
			return x, indirect
		}
	}
}

func (c *checker) typeOf(e ast.Expr) types.Type {
	if tv, ok := c.pass.TypesInfo.Types[e]; ok {
		return tv.Type
	}
	return nil
}

// isReference reports whether a value of t shares memory with its copies:
// a pointer, map or slice.
func isReference(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice:
		return true
	}
	return false
}

func isPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// keys returns a set of indices, ascending.
func keys(m map[int]bool) []int { return slices.Sorted(maps.Keys(m)) }
