package remote

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
	"github.com/boundarylint/boundarylint/analyzers/internal/place"
	"github.com/boundarylint/boundarylint/analyzers/internal/specsource"
	"github.com/boundarylint/boundarylint/analyzers/internal/stdlib"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

//go:embed doc.go
var doc string

// Analyzer reports calls into another component that cannot become network
// calls as they are. It applies the spec its -spec flag names, else
// $BOUNDARYLINT_SPEC, else boundaries.yaml above the package; suite.Bind
// binds it to a loaded spec.
var Analyzer = specsource.Def{Name: "remote", Doc: doc, FactTypes: []analysis.Fact{new(callFact), new(methodCalls)}, Run: specsource.Pass(run)}.Analyzer()

// checker carries what every check needs about the package being analysed.
type checker struct {
	pass    *analysis.Pass
	spec    *boundary.Spec // nil while only facts are computed
	comp    *boundary.Component
	report  *suppress.Reporter
	local   map[*types.Func]*summary  // the package's functions
	facts   map[*types.Func]*callFact // imported facts, memoised (nil: none)
	calls   *funcfacts.Facts[*callFact]
	data    map[types.Type]blocker // why a type cannot cross a network (zero if it can), memoised
	impls   map[implKey]implResult // whether a call through an interface reaches a component, memoised
	visible []visibleType          // the module's types the package sees, once needed
}

func run(pass *analysis.Pass, src *specsource.Source) (any, error) {
	if stdlib.Contains(pass) {
		// a component's API is the module's code; the standard library is no component
		return suppress.NewReporter(pass, suppress.Config{}).Result(), nil
	}
	report, spec, err := src.Open(pass)
	if err != nil {
		return report.Result(), err
	}
	c := &checker{pass: pass, report: report, local: map[*types.Func]*summary{}, facts: map[*types.Func]*callFact{}, data: map[types.Type]blocker{}, impls: map[implKey]implResult{}}
	c.calls = funcfacts.New(pass, func() *callFact { return new(callFact) }, func() funcfacts.Table[*callFact] { return new(methodCalls) })
	c.summarise()
	if spec == nil {
		return report.Result(), nil // a dependency outside any spec'd module: facts only
	}
	path := specsource.PackagePath(pass)
	if _, inModule := spec.Rel(path); !inModule {
		return report.Result(), nil
	}
	c.spec, c.comp = spec, spec.ComponentOf(path)
	if c.comp == nil || c.comp.CompositionRoot {
		return report.Result(), nil // unclaimed code is unconstrained; wiring code stays in process with what it wires
	}
	c.checkCalls()
	return report.Result(), nil
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

// args returns a call's arguments as the callee's parameters number them.
func (c *checker) args(call *ast.CallExpr) []ast.Expr {
	return typenames.CallArgs(c.pass.TypesInfo, call)
}

// factOf returns what fn does with its parameters and results: the
// package's own summary while it is computed, else fn's imported fact.
func (c *checker) factOf(fn *types.Func) *callFact {
	if fn == nil {
		return nil
	}
	if s, ok := c.local[fn]; ok {
		return s.fact()
	}
	if f, ok := c.facts[fn]; ok {
		return f
	}
	var f *callFact
	if fn.Pkg() != c.pass.Pkg {
		if got, ok := c.calls.Import(fn); ok {
			f = got
		}
	}
	c.facts[fn] = f
	return f
}

// accessor reports whether fn hands out a value it reads from a context
// (store.FromContext(ctx) Store): a call of it reads the caller's own
// context and runs on the caller's side, so it is no call into fn's
// component; ctxstate/context-read reports it when the key is another
// component's, the more specific finding (who sets the value, and that
// nothing will once the component is a service), as tx/crossing reports
// the transactions remote counts as data.
func (c *checker) accessor(fn *types.Func) bool {
	f := c.factOf(fn)
	return f != nil && len(f.Context) > 0
}

// otherComponent returns the component that declares fn when it is a
// component other than the checked one that is neither shared nor
// in_process (a shared component is a library each service links in, and
// an in_process one is declared never to leave the process, so calls into
// either stay in process), else nil.
func (c *checker) otherComponent(fn *types.Func) *boundary.Component {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	d := c.spec.ComponentOf(strings.TrimSuffix(fn.Pkg().Path(), "_test"))
	if d == nil || d == c.comp || d.Shared || d.InProcess {
		return nil
	}
	return d
}

// reportf reports a finding of rule about a call of fn, of component d;
// detail is its short account for reports ("called in a loop").
func (c *checker) reportf(pos token.Pos, rule, detail string, fn *types.Func, d *boundary.Component, format string, args ...any) {
	c.report.Report(pos, token.NoPos, finding.Finding{
		Rule:          rule,
		FromComponent: suppress.ComponentName(c.comp),
		ToComponent:   d.Name,
		ToPackage:     fn.Pkg().Path(),
		Subject:       finding.Subject{Kind: finding.SubjectCall, Name: typenames.FuncName(fn)},
		SpecPos:       suppress.SpecPos(d.Pos),
		Detail:        detail,
		Message:       fmt.Sprintf(format, args...),
	})
}

// where prints a position of the package as file.go:line.
func (c *checker) where(pos token.Pos) string { return place.Where(c.pass, pos) }

// pkgRel prints the checked package the way the spec writes it.
func (c *checker) pkgRel() string { return place.RelPath(c.spec, specsource.PackagePath(c.pass)) }
