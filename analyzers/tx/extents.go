package tx

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// extent is the code that runs inside one transaction: from a Begin to the
// last Commit or Rollback of the same transaction in the same function, or
// the body of a callback passed to a transaction runner.
type extent struct {
	start, end token.Pos
	origin     *ast.CallExpr // the Begin or runner call
	name       string        // how messages name the transaction
	callbacks  []*types.Func // named functions passed to a runner: they run inside too
	fn         *function     // the function declaration the extent lies in
}

// checkExtents finds the transactions of every function and checks what
// runs inside each.
func (c *checker) checkExtents() {
	reported := map[*ast.CallExpr]bool{}
	for _, f := range c.funcs {
		for _, e := range c.extents(f) {
			c.checkOwners(e)
			c.checkCallsInside(e, reported)
		}
	}
}

// extents returns the transactions of one function declaration.
func (c *checker) extents(f *function) []*extent {
	var out []*extent
	ast.Inspect(f.body, func(n ast.Node) bool {
		obj, call := c.assigned(n)
		if obj == nil || !c.returnsTx(c.callee(call)) {
			return true
		}
		e := &extent{start: call.Pos(), end: f.body.End(), origin: call, fn: f,
			name: fmt.Sprintf("the transaction begun at %s", c.where(call.Pos()))}
		if end := c.lastCommit(f, obj, call.Pos()); end.IsValid() {
			e.end = end
		}
		out = append(out, e)
		return true
	})
	for _, cs := range f.calls {
		i := c.runnerArg(cs.fn)
		args := c.args(cs.call)
		if i < 0 || i >= len(args) {
			continue
		}
		e := &extent{origin: cs.call, fn: f, name: fmt.Sprintf("the transaction of %s at %s", typenames.FuncName(cs.fn), c.where(cs.call.Pos()))}
		switch arg := ast.Unparen(args[i]).(type) {
		case *ast.FuncLit:
			e.start, e.end = arg.Body.Pos(), arg.Body.End()
		default:
			if fn := c.funcValue(arg); fn != nil {
				e.callbacks = []*types.Func{fn}
			}
		}
		out = append(out, e)
	}
	return out
}

// lastCommit returns the end of the last tx.Commit() or tx.Rollback() on
// the transaction variable obj after start, or token.NoPos.
func (c *checker) lastCommit(f *function, obj types.Object, start token.Pos) token.Pos {
	end := token.NoPos
	for _, cs := range f.calls {
		sel, ok := ast.Unparen(cs.call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Commit" && sel.Sel.Name != "Rollback" || cs.call.Pos() < start {
			continue
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == obj && cs.call.End() > end {
			end = cs.call.End()
		}
	}
	return end
}

// funcValue returns the function a callback argument names: f, pkg.F, x.M.
func (c *checker) funcValue(e ast.Expr) *types.Func {
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	fn, _ := c.pass.TypesInfo.Uses[id].(*types.Func)
	if fn != nil {
		fn = fn.Origin()
	}
	return fn
}

// inside returns the calls of the extent's function that lie inside it.
func (e *extent) inside() []*callSite {
	var out []*callSite
	for _, cs := range e.fn.calls {
		if cs.call != e.origin && cs.call.Pos() >= e.start && cs.call.End() <= e.end {
			out = append(out, cs)
		}
	}
	return out
}

// ownerTouches groups what one owner's tables see of a transaction.
type ownerTouches struct {
	owner  *boundary.Component
	claim  boundary.Pos
	tables []string // "table at where"
	seen   map[string]bool
}

// owners collects a transaction's touches by owner, in order of appearance.
type owners struct {
	spec *boundary.Spec
	list []*ownerTouches
}

// add records a table touched at where; free and shared tables are skipped.
func (ow *owners) add(table, where string) {
	o := ow.spec.OwnerOfTable(table)
	if o.Owner == nil {
		return
	}
	var ot *ownerTouches
	for _, x := range ow.list {
		if x.owner == o.Owner {
			ot = x
		}
	}
	if ot == nil {
		ot = &ownerTouches{owner: o.Owner, claim: o.Claim.Pos, seen: map[string]bool{}}
		ow.list = append(ow.list, ot)
	}
	if !ot.seen[table] {
		ot.seen[table] = true
		ot.tables = append(ot.tables, table+" at "+where)
	}
}

// checkOwners reports a transaction whose statements touch the tables of
// two or more owners, once, at the Begin or runner call.
func (c *checker) checkOwners(e *extent) {
	ow := &owners{spec: c.spec}
	for _, cs := range e.inside() {
		here := c.where(cs.call.Pos())
		for _, t := range cs.tables {
			ow.add(t, here)
		}
		c.calleeTouches(cs.fn, func(t touch) {
			ow.add(t.Table, fmt.Sprintf("%s through %s (%s)", here, typenames.FuncName(cs.fn), c.relAt(t.At)))
		})
	}
	for _, fn := range e.callbacks {
		c.calleeTouches(fn, func(t touch) {
			ow.add(t.Table, fmt.Sprintf("%s through %s (%s)", c.where(e.origin.Pos()), typenames.FuncName(fn), c.relAt(t.At)))
		})
	}
	if len(ow.list) < 2 {
		return
	}
	parts := make([]string, len(ow.list))
	names := make([]string, len(ow.list))
	var tables []string
	for i, ot := range ow.list {
		names[i] = ot.owner.Name
		parts[i] = fmt.Sprintf("%s: %s (%s)", ot.owner.Name, strings.Join(ot.tables, ", "), ot.claim)
		tables = append(tables, ot.tables...)
	}
	// The key names the owners and tables, not the transaction's place,
	// which moves with every edit above it.
	sort.Strings(tables)
	f := finding.Finding{Rule: finding.TxCrossOwner, ToComponent: strings.Join(names, ","),
		Subject: finding.Subject{Kind: finding.SubjectTransaction, Name: strings.Join(tables, ",")}}
	c.reportf(e.origin.Pos(), f, "%s touches tables of %s: %s; once they are separate services no transaction can span them: give each owner its own transaction and coordinate with an outbox or a saga",
		e.name, strings.Join(names, " and "), strings.Join(parts, "; "))
}

// checkCallsInside reports calls into another, non-shared component made
// inside the transaction: after the split each is a remote call inside a
// transaction, the distributed-transaction trap. A call that passes the
// transaction itself is reported as a crossing instead.
func (c *checker) checkCallsInside(e *extent, reported map[*ast.CallExpr]bool) {
	check := func(call *ast.CallExpr, fn *types.Func) {
		d := c.otherComponent(fn)
		if d == nil || reported[call] || c.passesTx(call) {
			return
		}
		reported[call] = true
		c.reportf(call.Pos(), crossing(finding.TxCallInTx, finding.SubjectCall, typenames.FuncName(fn), d), "%s calls %s of component %s inside %s (%s); move the call after the commit, or publish an event the other component handles",
			c.pkgRel(), typenames.FuncName(fn), d.Name, e.name, d.Pos)
	}
	for _, cs := range e.inside() {
		check(cs.call, cs.fn)
	}
	for _, fn := range e.callbacks {
		check(e.origin, fn)
	}
}

// passesTx reports whether one of the call's arguments is a transaction.
func (c *checker) passesTx(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if c.isTxValue(a) {
			return true
		}
	}
	return false
}
