package ctxstate

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/boundarylint/boundarylint/analyzers/internal/place"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// varUse is one use of a package-level variable.
type varUse struct {
	id        *ast.Ident
	v         *types.Var
	write     bool // assigned, incremented, address taken, pointer method called, element or field stored
	afterInit bool // inside a function other than init, or inside a closure
}

// varUses yields every use of a package-level variable in the package's
// files, with whether it writes the variable (or state reached from it).
// It walks the syntax with a stack of ancestors rather than an inspector:
// the inspector's event list grows with every node, and a dependency made
// of generated tables (go-enry's data, 60 MB of literals) took 250 MB more
// with one.
func (c *checker) varUses(yield func(varUse)) {
	for _, file := range c.pass.Files {
		ast.PreorderStack(file, nil, func(n ast.Node, stack []ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && packageLevel(v) {
				yield(varUse{id: id, v: v, write: c.writes(id, stack), afterInit: afterInit(stack)})
			}
			return true
		})
	}
}

// writes reports whether the variable named by id, under stack, is
// written: the expression it heads (through field selections, element
// indexing and dereferences) is assigned, incremented, has its address
// taken, is ranged into, cleared or deleted from, or has a pointer method
// called on it through its address.
func (c *checker) writes(id *ast.Ident, stack []ast.Node) bool {
	var e ast.Node = id
	i := len(stack) - 1 // e's parent
	if i >= 0 && isSel(stack[i], id) {
		e, i = stack[i], i-1 // pkg.V
	}
	for ; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			e = p
			continue
		case *ast.IndexExpr:
			if p.X == e {
				e = p
				continue
			}
			return false
		case *ast.SelectorExpr:
			if p.X != e {
				return false
			}
			sel := c.pass.TypesInfo.Selections[p]
			if sel != nil && sel.Kind() == types.FieldVal {
				e = p
				continue
			}
			return sel != nil && sel.Kind() == types.MethodVal && c.addressTaken(sel, p.X)
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == e {
					return true
				}
			}
			return false
		case *ast.IncDecStmt:
			return true
		case *ast.UnaryExpr:
			return p.Op == token.AND
		case *ast.RangeStmt:
			return p.Key == e || p.Value == e
		case *ast.CallExpr:
			b, ok := c.pass.TypesInfo.Uses[identOf(ast.Unparen(p.Fun))].(*types.Builtin)
			return ok && (b.Name() == "delete" || b.Name() == "clear") && len(p.Args) > 0 && p.Args[0] == e
		}
		return false
	}
	return false
}

// isSel reports whether parent is the selector expression pkg.X whose Sel
// is id.
func isSel(parent, id ast.Node) bool {
	s, ok := parent.(*ast.SelectorExpr)
	return ok && s.Sel == id
}

// addressTaken reports whether calling the selected method takes the
// address of its operand: a pointer method on a variable that is no
// pointer, as (&pkg.Mu).Lock() for pkg.Mu.Lock().
func (c *checker) addressTaken(sel *types.Selection, x ast.Expr) bool {
	fn, ok := sel.Obj().(*types.Func)
	if !ok {
		return false
	}
	_, ptrRecv := types.Unalias(fn.Signature().Recv().Type()).(*types.Pointer)
	_, ptrOperand := types.Unalias(c.pass.TypesInfo.TypeOf(x)).Underlying().(*types.Pointer)
	return ptrRecv && !ptrOperand && !types.IsInterface(c.pass.TypesInfo.TypeOf(x))
}

// afterInit reports whether code under stack runs after the package is
// initialised: inside a function literal, or inside a function declaration
// other than init.
func afterInit(stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit:
			return true
		case *ast.FuncDecl:
			return n.Recv != nil || n.Name.Name != "init"
		}
	}
	return false // a package-level initialiser
}

// mutable reports whether a variable of type t is state that can change
// under its readers: a map, slice, pointer or channel, a sync or
// sync/atomic type, or a struct or array holding one.
func mutable(t types.Type) bool {
	if n := typenames.Named(t); n != nil && n.Obj().Pkg() != nil {
		if p := n.Obj().Pkg().Path(); p == "sync" || p == "sync/atomic" {
			return true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Map, *types.Slice, *types.Pointer, *types.Chan:
		return true
	case *types.Array:
		return mutable(u.Elem())
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if mutable(u.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}

// exportWritten exports a writtenFact on each mutable package-level
// variable of this package that the package writes after initialisation.
func (c *checker) exportWritten() {
	if !c.hasMutableVars() {
		return // most packages: nothing to look for
	}
	done := map[*types.Var]bool{}
	c.varUses(func(u varUse) {
		if u.write && u.afterInit && u.v.Pkg() == c.pass.Pkg && !done[u.v] && mutable(u.v.Type()) {
			done[u.v] = true
			c.pass.ExportObjectFact(u.v, &writtenFact{At: place.At(c.pass, u.id.Pos())})
		}
	})
}

// hasMutableVars reports whether the package declares a package-level
// variable of a mutable type.
func (c *checker) hasMutableVars() bool {
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok && mutable(v.Type()) {
			return true
		}
	}
	return false
}
