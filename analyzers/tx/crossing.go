package tx

import (
	"go/ast"
	"go/types"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/finding"
)

// checkCrossings reports transactions that cross into another, non-shared
// component: passed to, returned from or stored into its functions,
// methods, structs and variables, or opened by its runner around code of
// this component.
func (c *checker) checkCrossings() {
	for _, f := range c.funcs {
		ast.Inspect(f.body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				c.checkCallCrossing(n)
			case *ast.AssignStmt:
				c.checkStore(n)
			case *ast.CompositeLit:
				c.checkLiteral(n)
			}
			return true
		})
	}
}

const crossAdvice = "a transaction must stay inside its component: let %s open its own, or publish an event after the commit"

// checkCallCrossing reports a transaction passed to, returned from or
// opened by a function of another component.
func (c *checker) checkCallCrossing(call *ast.CallExpr) {
	fn := c.callee(call)
	d := c.otherComponent(fn)
	if d == nil {
		return
	}
	for _, a := range c.args(call) {
		if c.isTxValue(a) {
			c.reportf(a.Pos(), crossing(finding.TxCrossing, finding.SubjectCall, typenames.FuncName(fn), d), "%s passes transaction %s to %s of component %s (%s); "+crossAdvice,
				c.pkgRel(), types.ExprString(a), typenames.FuncName(fn), d.Name, d.Pos, d.Name)
		}
	}
	switch {
	case c.returnsTx(fn):
		c.reportf(call.Pos(), crossing(finding.TxCrossing, finding.SubjectCall, typenames.FuncName(fn), d), "%s gets a transaction from %s of component %s (%s); "+crossAdvice,
			c.pkgRel(), typenames.FuncName(fn), d.Name, d.Pos, c.comp.Name)
	case c.runnerArg(fn) >= 0:
		c.reportf(call.Pos(), crossing(finding.TxCrossing, finding.SubjectCall, typenames.FuncName(fn), d), "%s runs its code in a transaction of component %s through %s (%s); "+crossAdvice,
			c.pkgRel(), d.Name, typenames.FuncName(fn), d.Pos, c.comp.Name)
	}
}

// checkStore reports a transaction assigned to a field of another
// component's struct or to another component's variable.
func (c *checker) checkStore(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, rhs := range as.Rhs {
		sel, ok := ast.Unparen(as.Lhs[i]).(*ast.SelectorExpr)
		if !ok || !c.isTxValue(rhs) {
			continue
		}
		obj := c.pass.TypesInfo.Uses[sel.Sel]
		if obj == nil {
			continue
		}
		if d := c.componentOf(obj.Pkg()); d != nil {
			c.reportf(rhs.Pos(), crossing(finding.TxCrossing, finding.SubjectTransaction, c.objName(sel, obj), d), "%s stores transaction %s into %s of component %s (%s); "+crossAdvice,
				c.pkgRel(), types.ExprString(rhs), c.objName(sel, obj), d.Name, d.Pos, d.Name)
		}
	}
}

// checkLiteral reports a transaction put into a struct literal of a type
// declared by another component.
func (c *checker) checkLiteral(lit *ast.CompositeLit) {
	tv, ok := c.pass.TypesInfo.Types[lit]
	n := typenames.Named(tv.Type)
	if !ok || n == nil {
		return
	}
	d := c.componentOf(n.Obj().Pkg())
	if d == nil {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if c.isTxValue(elt) {
			c.reportf(elt.Pos(), crossing(finding.TxCrossing, finding.SubjectTransaction, n.Obj().Pkg().Path()+"."+n.Obj().Name(), d), "%s stores transaction %s into a %s.%s of component %s (%s); "+crossAdvice,
				c.pkgRel(), types.ExprString(elt), n.Obj().Pkg().Name(), n.Obj().Name(), d.Name, d.Pos, d.Name)
		}
	}
}

// objName prints a field (with its struct) or a variable for a message.
func (c *checker) objName(sel *ast.SelectorExpr, obj types.Object) string {
	if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
		if n := typenames.Named(s.Recv()); n != nil {
			return "field " + obj.Name() + " of " + n.Obj().Pkg().Name() + "." + n.Obj().Name()
		}
		return "field " + obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}
