package tx

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/constfold"
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

// Analyzer checks that code uses only its own component's tables and that no
// transaction spans components. It applies the spec its -spec flag names,
// else $BOUNDARYLINT_SPEC, else boundaries.yaml above the package;
// suite.Bind binds it to a loaded spec.
var Analyzer = specsource.Def{Name: "tx", Doc: doc, FactTypes: []analysis.Fact{new(tableFact), new(methodTables), new(modelFact), new(namingFact)}, Run: specsource.Pass(run)}.Analyzer()

// checker carries what every check needs about the package being analysed.
type checker struct {
	pass   *analysis.Pass
	spec   *boundary.Spec // nil while only facts are computed
	comp   *boundary.Component
	report *suppress.Reporter
	funcs  []*function                   // the package's function declarations, in source order
	byObj  map[*types.Func]*function     // the same, by object
	txObjs map[types.Object]bool         // variables holding a transaction whose type does not say so (gorm)
	called map[*ast.CallExpr]*types.Func // static callees, memoised
	facts  map[*types.Func]*tableFact    // imported facts, memoised (nil: none)
	tables *funcfacts.Facts[*tableFact]
	fold   *constfold.Folder
	models map[*types.Func]string // the package's TableName methods returning a constant

	naming     []naming // how the package configures ORMs' table names
	allNaming  []naming // the same with its imports', once namingRead
	namingRead bool
}

func run(pass *analysis.Pass, src *specsource.Source) (any, error) {
	if stdlib.Contains(pass) {
		return suppress.NewReporter(pass, suppress.Config{}).Result(), nil // the standard library runs no SQL of its own
	}
	report, spec, err := src.Open(pass)
	if err != nil {
		return nil, err
	}
	c := &checker{pass: pass, report: report, byObj: map[*types.Func]*function{}, txObjs: map[types.Object]bool{}, called: map[*ast.CallExpr]*types.Func{}, facts: map[*types.Func]*tableFact{}, fold: constfold.New(pass.TypesInfo, pass.Files), models: map[*types.Func]string{}}
	c.tables = funcfacts.New(pass, func() *tableFact { return new(tableFact) }, func() funcfacts.Table[*tableFact] { return new(methodTables) })
	c.collect()
	c.collectModels()
	c.summarise()
	if spec == nil {
		return report.Result(), nil // a dependency outside any spec'd module: facts only
	}
	path := specsource.PackagePath(pass)
	if _, inModule := spec.Rel(path); !inModule {
		return report.Result(), nil
	}
	c.spec, c.comp = spec, spec.ComponentOf(path)
	if c.comp == nil && !report.Findings() {
		return report.Result(), nil // unclaimed code is unconstrained
	}
	c.applySpecQueries()
	c.reportTablesUsed()
	c.reportMigrations() // unclaimed migration packages too: the document lists them
	if c.comp == nil {
		return report.Result(), nil
	}
	c.reportUnread()
	c.markGormTxs()
	c.checkForeignTables()
	c.checkCrossings()
	c.checkExtents()
	return report.Result(), nil
}

// otherComponent returns the component of the package that declares fn (a
// function or method, nil for none) when it is a component other than the
// checked one that is not shared, else nil.
func (c *checker) otherComponent(fn *types.Func) *boundary.Component {
	if fn == nil {
		return nil
	}
	return c.componentOf(fn.Pkg())
}

// componentOf returns the component of pkg when it is a component other
// than the checked one that is not shared, else nil.
func (c *checker) componentOf(pkg *types.Package) *boundary.Component {
	if pkg == nil {
		return nil
	}
	d := c.spec.ComponentOf(strings.TrimSuffix(pkg.Path(), "_test"))
	if d == nil || d == c.comp || d.Shared {
		return nil
	}
	return d
}

// reportf reports f at pos, with the message format gives.
func (c *checker) reportf(pos token.Pos, f finding.Finding, format string, args ...any) {
	f.FromComponent = suppress.ComponentName(c.comp)
	f.Message = fmt.Sprintf(format, args...)
	c.report.Report(pos, token.NoPos, f)
}

// crossing is a finding of rule about what (a callee, a field, a type)
// of component d.
func crossing(rule string, kind finding.SubjectKind, what string, d *boundary.Component) finding.Finding {
	return finding.Finding{Rule: rule, ToComponent: d.Name, Subject: finding.Subject{Kind: kind, Name: what}, SpecPos: suppress.SpecPos(d.Pos)}
}

// rel prints an import path the way the spec writes it.
func (c *checker) rel(path string) string { return place.RelPath(c.spec, path) }

// where prints a position of the package as file.go:line.
func (c *checker) where(pos token.Pos) string { return place.Where(c.pass, pos) }

// at prints a position of the package in a fact's form: import path/file.go:line.
func (c *checker) at(pos token.Pos) string { return place.At(c.pass, pos) }

// relAt prints a fact's position with a module-relative path.
func (c *checker) relAt(at string) string { return place.Rel(c.spec, at) }

// callee returns the function or method a call statically names (an
// interface method for a call through an interface), in its generic form.
func (c *checker) callee(call *ast.CallExpr) *types.Func {
	if fn, ok := c.called[call]; ok {
		return fn
	}
	var fn *types.Func
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		fn, _ = c.pass.TypesInfo.Uses[f].(*types.Func)
	case *ast.SelectorExpr:
		fn, _ = c.pass.TypesInfo.Uses[f.Sel].(*types.Func)
	case *ast.IndexExpr:
		fn = c.genericCallee(f.X)
	case *ast.IndexListExpr:
		fn = c.genericCallee(f.X)
	}
	if fn != nil {
		fn = fn.Origin()
		if fn.Pkg() == nil {
			fn = nil // error.Error and other universe methods
		}
	}
	c.called[call] = fn
	return fn
}

func (c *checker) genericCallee(x ast.Expr) *types.Func {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		fn, _ := c.pass.TypesInfo.Uses[x].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		fn, _ := c.pass.TypesInfo.Uses[x.Sel].(*types.Func)
		return fn
	}
	return nil
}

// args returns a call's arguments as the callee's parameters number them.
func (c *checker) args(call *ast.CallExpr) []ast.Expr {
	return typenames.CallArgs(c.pass.TypesInfo, call)
}
