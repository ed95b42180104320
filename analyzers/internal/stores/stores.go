// Package stores lists every store into a variable or struct field in a
// package's files, as plain data, in one walk. The analyzers that trace a
// value back to what was stored (config's getters, events' topics,
// constfold's locals) each keep their own reading of the list; the walk
// that finds the stores is this one. In
//
//	func load() {
//		port, err := strconv.Atoi(os.Getenv("PORT"))
//		cfg := Config{Port: port}
//	}
//
// Walk yields four stores: port and err, each one result of the call
// (Define, Multi, Result 0 and 1), cfg (Define) and the field Port (Keyed),
// each in the function load.
//
// The walk keeps a stack of ancestors rather than building an inspector
// (golang.org/x/tools/go/ast/inspector): generated table packages such as
// go-enry's data, millions of nodes, cost go vet 250 MB more with an
// inspector's event list, and the stack is all the context a store needs.
package stores

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Kind is the form of a store.
type Kind uint8

// The kinds of store.
const (
	Assign     Kind = iota + 1 // x = v
	OpAssign                   // x += v: Value is nil, the value stored is computed at run time
	Define                     // x := v
	Decl                       // var x = v, var x T
	Keyed                      // T{F: v}: Var is the field F
	Positional                 // T{v}: Var is the field in v's position
	IncDec                     // x++, x--: Value is nil
	RangeKey                   // for x := range s: Value is nil
	RangeValue                 // for _, x := range s: Value is nil
	AddrOf                     // &x: the pointer may be written through; Value is nil
)

var kindNames = [...]string{
	Assign: "assign", OpAssign: "opassign", Define: "define", Decl: "decl",
	Keyed: "keyed", Positional: "positional", IncDec: "incdec",
	RangeKey: "rangekey", RangeValue: "rangevalue", AddrOf: "addr",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "kind?"
}

// Store is one store into a variable or field.
type Store struct {
	Var  *types.Var // the variable or field written
	Kind Kind
	// Value is the expression stored, as written (parentheses kept), or nil
	// when the store has none of its own: x += v, x++, a range variable,
	// &x, var x T (Zero), a declaration or assignment whose counts do not
	// match.
	Value ast.Expr
	// Multi is set when Value yields several values and the store takes
	// result number Result of them: v, err := strconv.Atoi(s) (a call),
	// var a, b = f(), and the comma-ok forms v, ok := m[k], x.(T), <-ch.
	Multi  bool
	Result int
	// Zero is set for a declaration without a value, var x T: Var holds its
	// zero value.
	Zero bool
	// Declares is set when the store declares Var: var x = v, x := v where
	// x is new, for x := range s.
	Declares bool
	// Node is the syntax that stores: *ast.AssignStmt, *ast.ValueSpec,
	// *ast.CompositeLit (Keyed, Positional), *ast.IncDecStmt,
	// *ast.RangeStmt or *ast.UnaryExpr (AddrOf).
	Node ast.Node
	// Lit is, for AddrOf, the struct literal whose field value the &x is
	// (confluent's TopicPartition{Topic: &topic}, which reads x rather
	// than handing out a pointer to write it); nil for any other &x.
	Lit *ast.CompositeLit
	// Elided is set when the struct literal of a Keyed or Positional store
	// (Node), or of an AddrOf store (Lit), is written {...} for &T{...}, as
	// in []*T{{...}}: its type is *T.
	Elided bool
	// Func is the function declaration that holds the store, nil at
	// package level (function literals belong to their declaration).
	Func *ast.FuncDecl
	// Stack lists Node's ancestors, outermost (the *ast.File) first. It is
	// the walker's own and valid only during the call that yields the
	// store: copy what must outlive it.
	Stack []ast.Node
}

// Walk calls yield with every store into a variable or struct field in
// files, in source order (a statement's stores left to right), each once.
// Stores into what is not a variable (*p = v, m[k] = v, s[i] = v, _ = v)
// are not yielded.
func Walk(info *types.Info, files []*ast.File, yield func(Store)) {
	w := &walker{info: info, yield: yield}
	visit := w.visit // one closure for the whole walk, none per node
	for _, f := range files {
		ast.Inspect(f, visit)
	}
}

type walker struct {
	info  *types.Info
	yield func(Store)
	stack []ast.Node // the ancestors of the node visited, outermost first
	fn    *ast.FuncDecl
}

func (w *walker) visit(n ast.Node) bool {
	if n == nil {
		if _, ok := w.stack[len(w.stack)-1].(*ast.FuncDecl); ok {
			w.fn = nil
		}
		w.stack = w.stack[:len(w.stack)-1]
		return false
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		w.assign(n)
	case *ast.ValueSpec:
		w.valueSpec(n)
	case *ast.IncDecStmt:
		w.emit(n.X, Store{Kind: IncDec, Node: n})
	case *ast.RangeStmt:
		if n.Key != nil {
			w.emit(n.Key, Store{Kind: RangeKey, Node: n, Declares: w.defines(n.Tok, n.Key)})
		}
		if n.Value != nil {
			w.emit(n.Value, Store{Kind: RangeValue, Node: n, Declares: w.defines(n.Tok, n.Value)})
		}
	case *ast.CompositeLit:
		w.literal(n)
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			lit, elided := w.fieldOf(n)
			w.emit(n.X, Store{Kind: AddrOf, Node: n, Lit: lit, Elided: elided})
		}
	case *ast.FuncDecl:
		w.fn = n
	}
	w.stack = append(w.stack, n)
	return true
}

// emit yields s as a store into what lhs denotes, when that is a variable
// or field.
func (w *walker) emit(lhs ast.Expr, s Store) {
	var v *types.Var
	switch e := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		v, _ = w.info.ObjectOf(e).(*types.Var)
	case *ast.SelectorExpr:
		v, _ = w.info.ObjectOf(e.Sel).(*types.Var) // a field, or a variable of another package
	}
	if v != nil {
		w.store(v, s)
	}
}

func (w *walker) store(v *types.Var, s Store) {
	s.Var, s.Func, s.Stack = v, w.fn, w.stack[:len(w.stack):len(w.stack)] // an append by yield copies
	w.yield(s)
}

func (w *walker) assign(n *ast.AssignStmt) {
	kind := Assign
	switch n.Tok {
	case token.DEFINE:
		kind = Define
	case token.ASSIGN:
	default:
		kind = OpAssign
	}
	for i, lhs := range n.Lhs {
		s := Store{Kind: kind, Node: n, Declares: w.defines(n.Tok, lhs)}
		switch {
		case kind == OpAssign:
		case len(n.Lhs) == len(n.Rhs):
			s.Value = n.Rhs[i]
		case len(n.Rhs) == 1:
			s.Value, s.Multi, s.Result = n.Rhs[0], true, i
		}
		w.emit(lhs, s)
	}
}

func (w *walker) valueSpec(n *ast.ValueSpec) {
	for i, name := range n.Names {
		s := Store{Kind: Decl, Node: n, Declares: true}
		switch {
		case len(n.Values) == len(n.Names):
			s.Value = n.Values[i]
		case len(n.Values) == 0:
			s.Zero = true
		case len(n.Values) == 1:
			s.Value, s.Multi, s.Result = n.Values[0], true, i
		}
		w.emit(name, s)
	}
}

// defines reports whether lhs of a := (an assignment or a range clause)
// declares a new variable rather than assigning one in scope.
func (w *walker) defines(tok token.Token, lhs ast.Expr) bool {
	id, ok := lhs.(*ast.Ident)
	return ok && tok == token.DEFINE && w.info.Defs[id] != nil
}

func (w *walker) literal(n *ast.CompositeLit) {
	st, elided := w.structOf(n)
	if st == nil {
		return
	}
	for i, elt := range n.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				w.emit(id, Store{Kind: Keyed, Value: kv.Value, Node: n, Elided: elided})
			}
		} else if i < st.NumFields() {
			w.store(st.Field(i), Store{Kind: Positional, Value: elt, Node: n, Elided: elided})
		}
	}
}

// structOf returns the struct type of a literal, through the pointer of
// an elided &T{...}, or nil.
func (w *walker) structOf(n *ast.CompositeLit) (st *types.Struct, elided bool) {
	t := w.info.TypeOf(n)
	if t == nil {
		return nil, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t, elided = p.Elem(), true
	}
	st, _ = t.Underlying().(*types.Struct)
	return st, elided
}

// fieldOf returns the struct literal whose field value &x (u) is, and
// whether that literal is an elided &T{...}, from u's ancestors.
func (w *walker) fieldOf(u *ast.UnaryExpr) (*ast.CompositeLit, bool) {
	i := len(w.stack) - 1
	for i >= 0 {
		if _, ok := w.stack[i].(*ast.ParenExpr); !ok {
			break
		}
		i--
	}
	if i < 0 {
		return nil, false
	}
	var elt ast.Node = u // the literal's element holding u
	if i+1 < len(w.stack) {
		elt = w.stack[i+1]
	}
	switch p := w.stack[i].(type) {
	case *ast.KeyValueExpr:
		if p.Value != elt || i == 0 {
			return nil, false
		}
		lit, ok := w.stack[i-1].(*ast.CompositeLit)
		if !ok {
			return nil, false
		}
		if st, elided := w.structOf(lit); st != nil {
			return lit, elided
		}
	case *ast.CompositeLit:
		st, elided := w.structOf(p)
		if st == nil {
			return nil, false
		}
		for j, e := range p.Elts {
			if e == elt && j < st.NumFields() {
				return p, elided
			}
		}
	}
	return nil, false
}
