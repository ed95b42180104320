package remote

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/finding"
)

// held is a local variable holding a result that is the callee's state.
type held struct {
	cc     crossCall
	result int
}

// checkAliased reports writes into another component's state that one of
// its functions returned: through a local variable holding the result, or
// straight through the call (api.Rates()["EUR"] = 1), in the same body.
func (c *checker) checkAliased(body *ast.BlockStmt, calls []crossCall) {
	byCall := map[*ast.CallExpr]crossCall{}
	for _, cc := range calls {
		if f := c.factOf(cc.fn); f != nil && len(f.Aliased) > 0 {
			byCall[cc.call] = cc
		}
	}
	if len(byCall) == 0 {
		return
	}
	holders := c.holders(body, byCall)
	reported := map[*ast.CallExpr]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		var targets []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				targets = n.Lhs
			}
		case *ast.IncDecStmt:
			targets = []ast.Expr{n.X}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) > 0 {
				if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok && (b.Name() == "delete" || b.Name() == "clear" || b.Name() == "copy") {
					targets = []ast.Expr{&ast.IndexExpr{X: n.Args[0]}}
				}
			}
		}
		for _, t := range targets {
			if cc, ok := c.aliasedTarget(t, byCall, holders); ok && !reported[cc.call] {
				reported[cc.call] = true
				c.reportf(t.Pos(), finding.RemoteAliasedResult, "returns its own state, which the caller changes", cc.fn, cc.to,
					"%s writes into what %s of component %s returned (called at %s), state %s keeps: the write reaches it only in process, not "+serviceAdvice+"; ask %s to make the change through its API",
					c.pkgRel(), typenames.FuncName(cc.fn), cc.to.Name, c.where(cc.call.Pos()), cc.to.Name, cc.to.Name, cc.to.Name)
			}
		}
		return true
	})
}

// holders maps the local variables the body assigns aliased results to.
func (c *checker) holders(body *ast.BlockStmt, byCall map[*ast.CallExpr]crossCall) map[*types.Var]held {
	out := map[*types.Var]held{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		if len(as.Rhs) == 1 {
			if cc, ok := byCall[callOf(as.Rhs[0])]; ok {
				for i, lhs := range as.Lhs {
					c.hold(out, lhs, cc, i)
				}
			}
			return true
		}
		for i, rhs := range as.Rhs {
			if cc, ok := byCall[callOf(rhs)]; ok && i < len(as.Lhs) {
				c.hold(out, as.Lhs[i], cc, 0)
			}
		}
		return true
	})
	return out
}

func (c *checker) hold(out map[*types.Var]held, lhs ast.Expr, cc crossCall, result int) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v != nil && slices.Contains(c.factOf(cc.fn).Aliased, result) {
		out[v] = held{cc, result}
	}
}

// aliasedTarget returns the call whose aliased result a write goes into.
func (c *checker) aliasedTarget(t ast.Expr, byCall map[*ast.CallExpr]crossCall, holders map[*types.Var]held) (crossCall, bool) {
	b, indirect := c.base(t)
	if !indirect {
		return crossCall{}, false
	}
	if call, ok := b.(*ast.CallExpr); ok {
		cc, ok := byCall[call]
		return cc, ok && slices.Contains(c.factOf(cc.fn).Aliased, 0)
	}
	v, _ := c.root(b)
	h, ok := holders[v]
	return h.cc, ok
}

func callOf(e ast.Expr) *ast.CallExpr {
	call, _ := ast.Unparen(e).(*ast.CallExpr)
	return call
}
