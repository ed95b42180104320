package events

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// checkAsync reports the asynchronous paths into other components: a go
// statement that calls into one (directly, or in a statement of the
// function literal it starts: a call nested in a loop, a select or an if
// body there is the goroutine's own work, such as logging an error, not
// the work it hands over; on vikunja 7 of 14 go paths were log and config
// calls in a mail worker's loop), and a call into one that passes or
// returns a channel. They are
// notes, no findings: such a path survives extraction as a message (a
// queue, a topic) rather than as a request, and the team has to know it.
func (c *checker) checkAsync() {
	if c.comp == nil || c.comp.CompositionRoot {
		return // unclaimed code is unconstrained; wiring code starts what it wires
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GoStmt:
				if lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok {
					for _, st := range lit.Body.List {
						ast.Inspect(st, func(m ast.Node) bool {
							switch m := m.(type) {
							case *ast.BlockStmt, *ast.FuncLit, *ast.CaseClause, *ast.CommClause:
								return false
							case *ast.CallExpr:
								c.asyncCall(m, finding.EventGo)
							}
							return true
						})
					}
				} else {
					c.asyncCall(n.Call, finding.EventGo)
				}
			case *ast.CallExpr:
				if c.passesChannel(n) {
					c.asyncCall(n, finding.EventChannel)
				}
			case *ast.SendStmt:
				c.asyncSend(n)
			}
			return true
		})
	}
}

// asyncCall reports call as an asynchronous path of kind when its callee
// belongs to another, non-shared component.
func (c *checker) asyncCall(call *ast.CallExpr, kind finding.EventKind) {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	d := c.otherComponent(fn)
	if d == nil {
		return
	}
	c.report.Event(call.Lparen, finding.Event{Kind: kind, Component: c.comp.Name, ToComponent: d.Name, Callee: typenames.FuncName(fn.Origin())})
}

// asyncSend reports a send of a value of another component's type on a
// channel (the monolith's stand-in for a queue: ch <- payments.Order{}),
// wherever the channel came from: the composition root often makes it
// and hands one end to each side.
func (c *checker) asyncSend(send *ast.SendStmt) {
	ch, ok := c.pass.TypesInfo.TypeOf(send.Chan).Underlying().(*types.Chan)
	if !ok {
		return
	}
	n := typenames.Named(ch.Elem())
	if n == nil || n.Obj().Pkg() == nil {
		return
	}
	d := c.spec.ComponentOf(strings.TrimSuffix(n.Obj().Pkg().Path(), "_test"))
	if d == nil || d == c.comp || d.Shared {
		return
	}
	c.report.Event(send.Arrow, finding.Event{Kind: finding.EventChannel, Component: c.comp.Name, ToComponent: d.Name, Callee: "chan " + n.Obj().Pkg().Name() + "." + n.Obj().Name()})
}

// passesChannel reports whether a call hands a channel over: an argument
// or a result of channel type.
func (c *checker) passesChannel(call *ast.CallExpr) bool {
	for _, a := range typenames.CallArgs(c.pass.TypesInfo, call) {
		if isChan(c.pass.TypesInfo.TypeOf(a)) {
			return true
		}
	}
	if sig, ok := c.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature); ok {
		for i := range sig.Results().Len() {
			if isChan(sig.Results().At(i).Type()) {
				return true
			}
		}
	}
	return false
}

func isChan(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Chan)
	return ok
}

// otherComponent returns the component that declares fn when it is
// another, non-shared component (a shared one is a library each service
// links in), else nil.
func (c *checker) otherComponent(fn *types.Func) *boundary.Component {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	d := c.spec.ComponentOf(strings.TrimSuffix(fn.Pkg().Path(), "_test"))
	if d == nil || d == c.comp || d.Shared {
		return nil
	}
	return d
}
