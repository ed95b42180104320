package tx

import (
	"go/ast"
	"go/types"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// isTxType reports whether t is, or points to, a transaction type: a
// built-in one or one of the spec's data.transaction_types.
func (c *checker) isTxType(t types.Type) bool {
	return typenames.Transaction(t, c.spec.Data.TransactionTypes)
}

// isTxValue reports whether e is a transaction: an expression of a
// transaction type, or a variable known to hold one (gorm's *gorm.DB
// inside Transaction or from Begin).
func (c *checker) isTxValue(e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && c.txObjs[c.pass.TypesInfo.Uses[id]] {
		return true
	}
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.IsValue() && c.isTxType(tv.Type)
}

// returnsTx reports whether a call of fn yields a transaction.
func (c *checker) returnsTx(fn *types.Func) bool {
	if beginsGormTx(fn) {
		return true
	}
	res := fn.Signature().Results()
	for i := 0; i < res.Len(); i++ {
		if c.isTxType(res.At(i).Type()) {
			return true
		}
	}
	return false
}

// runnerArg returns the index of the argument that a transaction runner
// runs inside a transaction, or -1 when fn is not a runner. Runners are
// gorm's Transaction, the spec's data.runners, and any function with a
// callback parameter that takes a transaction (pgx.BeginFunc,
// db.InTx(ctx, func(*sql.Tx) error)).
func (c *checker) runnerArg(fn *types.Func) int {
	if fn == nil {
		return -1
	}
	if i := builtinRunnerArg(fn); i >= 0 {
		return i
	}
	for _, r := range c.spec.Data.Runners {
		if r.Func.Package == fn.Pkg().Path() && r.Func.Type == typenames.RecvName(fn) && r.Func.Name == fn.Name() {
			return r.Callback
		}
	}
	params := fn.Signature().Params()
	for i := 0; i < params.Len(); i++ {
		if cb, ok := params.At(i).Type().Underlying().(*types.Signature); ok {
			for j := 0; j < cb.Params().Len(); j++ {
				if c.isTxType(cb.Params().At(j).Type()) {
					return i
				}
			}
		}
	}
	return -1
}

// markGormTxs records the variables that hold a gorm transaction: the
// parameter of a callback passed to (*gorm.DB).Transaction and the result
// of (*gorm.DB).Begin assigned to a variable.
func (c *checker) markGormTxs() {
	for _, f := range c.funcs {
		begins := false
		for _, cs := range f.calls {
			if cs.fn == nil || !isGorm(cs.fn.Pkg().Path()) {
				continue
			}
			begins = begins || beginsGormTx(cs.fn)
			if i := builtinRunnerArg(cs.fn); i >= 0 && i < len(cs.call.Args) {
				if lit, ok := ast.Unparen(cs.call.Args[i]).(*ast.FuncLit); ok && len(lit.Type.Params.List) > 0 {
					for _, name := range lit.Type.Params.List[0].Names {
						c.txObjs[c.pass.TypesInfo.Defs[name]] = true
					}
				}
			}
		}
		if !begins {
			continue
		}
		ast.Inspect(f.body, func(n ast.Node) bool {
			if obj, call := c.assigned(n); obj != nil && beginsGormTx(c.callee(call)) {
				c.txObjs[obj] = true
			}
			return true
		})
	}
}

// assigned returns, for "v := call(...)", "v, err = call(...)" or
// "var v = call(...)", the variable v and the call.
func (c *checker) assigned(n ast.Node) (types.Object, *ast.CallExpr) {
	var lhs []ast.Expr
	var rhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		lhs, rhs = n.Lhs, n.Rhs
	case *ast.ValueSpec:
		for _, name := range n.Names {
			lhs = append(lhs, name)
		}
		rhs = n.Values
	default:
		return nil, nil
	}
	if len(rhs) != 1 || len(lhs) == 0 {
		return nil, nil
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	id, isIdent := ast.Unparen(lhs[0]).(*ast.Ident)
	if !ok || !isIdent || c.callee(call) == nil {
		return nil, nil
	}
	obj := c.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[id]
	}
	return obj, call
}
