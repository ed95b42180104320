package remote

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// crossCall is a call into another component's packages.
type crossCall struct {
	call *ast.CallExpr
	fn   *types.Func
	to   *boundary.Component
	loop ast.Stmt // the innermost loop around it in its function, or nil
}

// checkCalls applies every rule to each call the package's functions make
// into another, non-shared component.
func (c *checker) checkCalls() {
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				c.checkBody(fd.Body)
			}
		}
	}
}

// checkBody checks one function body; function literals in it are bodies
// of their own (a loop around one does not run the calls inside it).
func (c *checker) checkBody(body *ast.BlockStmt) {
	var calls []crossCall
	var loops []ast.Stmt
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			c.checkBody(n.Body)
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			loop := n.(ast.Stmt)
			if once := loopOnce(loop); once != nil {
				ast.Inspect(once, visit)
			}
			loops = append(loops, loop)
			ast.Inspect(loopBody(loop), visit)
			loops = loops[:len(loops)-1]
			return false
		case *ast.CallExpr:
			fn := c.callee(n)
			if d := c.otherComponent(fn); d != nil && !c.onValue(fn) && !c.accessor(fn) && c.reaches(n, fn, d) {
				cc := crossCall{call: n, fn: fn, to: d}
				if len(loops) > 0 {
					cc.loop = loops[len(loops)-1]
				}
				calls = append(calls, cc)
			}
		}
		return true
	}
	ast.Inspect(body, visit)
	for _, cc := range calls {
		c.checkTypes(cc)
		c.checkWrites(cc)
		c.checkLoop(cc)
	}
	c.checkAliased(body, calls)
}

// loopBody returns what runs once per iteration: the body, and a for
// loop's condition and post statement (a range expression runs once).
func loopBody(loop ast.Stmt) ast.Node {
	if f, ok := loop.(*ast.ForStmt); ok {
		return &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: orNil(f.Cond)}, orEmpty(f.Post), f.Body}}
	}
	return loop.(*ast.RangeStmt).Body
}

// loopOnce returns what runs once before a loop: a for loop's init
// statement, a range loop's expression.
func loopOnce(loop ast.Stmt) ast.Node {
	if f, ok := loop.(*ast.ForStmt); ok {
		return f.Init
	}
	return loop.(*ast.RangeStmt).X
}

func orNil(e ast.Expr) ast.Expr {
	if e == nil {
		return &ast.Ident{Name: "_"}
	}
	return e
}

func orEmpty(s ast.Stmt) ast.Stmt {
	if s == nil {
		return &ast.EmptyStmt{}
	}
	return s
}

const serviceAdvice = "once %s is a service"

// checkLoop reports a call inside a loop: one round trip per iteration.
func (c *checker) checkLoop(cc crossCall) {
	if cc.loop == nil || !c.operation(cc.fn) {
		return
	}
	kind := "for"
	if _, ok := cc.loop.(*ast.RangeStmt); ok {
		kind = "range"
	}
	c.reportf(cc.call.Pos(), finding.RemoteCallInLoop, "called in a loop", cc.fn, cc.to,
		"%s calls %s of component %s in a loop (the %s at %s): one network round trip per iteration "+serviceAdvice+"; add a batch call that takes the whole set",
		c.pkgRel(), typenames.FuncName(cc.fn), cc.to.Name, kind, c.where(cc.loop.Pos()), cc.to.Name)
}

// checkTypes reports a call whose callee takes or returns something that
// cannot cross a network; once per call, naming each such parameter and
// result.
func (c *checker) checkTypes(cc crossCall) {
	sig := cc.fn.Signature()
	var what []string
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		t := p.Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t = t.(*types.Slice).Elem()
		}
		if why := c.describe(t); why != "" {
			what = append(what, "takes "+why+" ("+paramName(p, i)+")")
		}
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if t := sig.Results().At(i).Type(); c.handle(t, cc.fn) {
			continue
		} else if why := c.describe(t); why != "" {
			what = append(what, "returns "+why)
		}
	}
	if len(what) == 0 {
		return
	}
	c.reportf(cc.call.Pos(), finding.RemoteNonData, strings.Join(what, " and "), cc.fn, cc.to,
		"%s calls %s of component %s, which %s: it cannot cross a network "+serviceAdvice+"; pass and return plain data (IDs, values, events)",
		c.pkgRel(), typenames.FuncName(cc.fn), cc.to.Name, strings.Join(what, " and "), cc.to.Name)
}

func paramName(p *types.Var, i int) string {
	if p.Name() == "" || p.Name() == "_" {
		return "parameter " + strconv.Itoa(i)
	}
	return "parameter " + p.Name()
}

// checkWrites reports an argument the callee writes through.
func (c *checker) checkWrites(cc crossCall) {
	f := c.factOf(cc.fn)
	if f == nil {
		return
	}
	args := c.args(cc.call)
	params := cc.fn.Signature().Params()
	for _, i := range f.Writes {
		if i >= len(args) || i >= params.Len() {
			continue
		}
		c.reportf(args[i].Pos(), finding.RemoteWritesArgument, "writes through "+paramName(params.At(i), i), cc.fn, cc.to,
			"%s of component %s writes through its %s (%s): %s sees the write only in process, not "+serviceAdvice+"; return the value instead",
			typenames.FuncName(cc.fn), cc.to.Name, paramName(params.At(i), i), types.ExprString(args[i]), c.pkgRel(), cc.to.Name)
	}
}
