package endpoints

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/constfold"
	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
	"github.com/boundarylint/boundarylint/analyzers/internal/specsource"
	"github.com/boundarylint/boundarylint/analyzers/internal/stdlib"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

//go:embed doc.go
var doc string

// Analyzer lists the HTTP routes and RPC services each component serves,
// for drivers (its -findings flag); it reports nothing else. It applies
// the spec its -spec flag names, else $BOUNDARYLINT_SPEC, else
// boundaries.yaml above the package; suite.Bind binds it to a loaded spec.
var Analyzer = specsource.Def{Name: "endpoints", Doc: doc, FactTypes: []analysis.Fact{new(routesFact), new(bodyFact), new(methodRoutes), new(methodBodies)}, Run: specsource.Pass(run)}.Analyzer()

// checker carries what every step needs about the package being analysed.
type checker struct {
	pass   *analysis.Pass
	spec   *boundary.Spec
	report *suppress.Reporter
	fold   *constfold.Folder
	decls  map[*types.Func]*ast.FuncDecl
	// summaries memoises the routes each function of the package registers
	// on its router parameters and result; nil while one is computed.
	summaries  map[*types.Func][]tmpl
	computing  map[*types.Func]bool
	bodies     map[*types.Func]*bodyFact // memoised, imported or local
	pkgRouters map[types.Object]*router  // routers in package variables
	defaultMux *router
	notes      []note
	routeFacts *funcfacts.Facts[*routesFact]
	bodyFacts  *funcfacts.Facts[*bodyFact]
}

// note is one endpoint or unresolved registration to report.
type note struct {
	pos      token.Pos
	endpoint *finding.Endpoint
	reason   string
}

func run(pass *analysis.Pass, src *specsource.Source) (any, error) {
	if stdlib.Contains(pass) || !registersRoutes(pass) {
		return suppress.NewReporter(pass, suppress.Config{}).Result(), nil
	}
	report, spec, err := src.Open(pass)
	if err != nil || spec == nil {
		return report.Result(), err
	}
	if _, inModule := spec.Rel(specsource.PackagePath(pass)); !inModule {
		return report.Result(), nil // the module's code registers its routes; a dependency's are its own
	}
	c := &checker{
		pass: pass, spec: spec, report: report, fold: constfold.New(pass.TypesInfo, pass.Files),
		decls: map[*types.Func]*ast.FuncDecl{}, summaries: map[*types.Func][]tmpl{}, computing: map[*types.Func]bool{},
		bodies: map[*types.Func]*bodyFact{}, pkgRouters: map[types.Object]*router{},
		routeFacts: funcfacts.New(pass, func() *routesFact { return new(routesFact) }, func() funcfacts.Table[*routesFact] { return new(methodRoutes) }),
		bodyFacts:  funcfacts.New(pass, func() *bodyFact { return new(bodyFact) }, func() funcfacts.Table[*bodyFact] { return new(methodBodies) }),
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					c.decls[fn] = fd
				}
			}
		}
	}
	fns := make([]*types.Func, 0, len(c.decls))
	for fn := range c.decls {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return int(a.Pos() - b.Pos()) })
	for _, fn := range fns {
		if b := c.bodyOf(fn); b != nil && (b.Request != nil || b.Response != nil) {
			c.bodyFacts.Export(fn, b)
		}
		if ts := c.summary(fn); len(ts) > 0 {
			c.routeFacts.Export(fn, &routesFact{Routes: ts})
		}
	}
	c.bodyFacts.Finish()
	c.routeFacts.Finish()
	c.packageVars()
	slices.SortStableFunc(c.notes, func(a, b note) int { return int(a.pos - b.pos) })
	for _, n := range c.notes {
		if n.endpoint != nil {
			report.Endpoint(n.pos, *n.endpoint)
		} else {
			report.Unread(n.pos, finding.EndpointsUnresolved, n.reason)
		}
	}
	return report.Result(), nil
}

// registersRoutes reports whether a package can register routes: it
// imports a router library (net/http among them, which the RPC libraries
// build on) or gRPC, or a package it depends on has a function that
// registers routes (a fact). Packages that do neither pay nothing.
func registersRoutes(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if libraryOf(imp.Path()) != "" || imp.Path() == "google.golang.org/grpc" {
			return true
		}
	}
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*routesFact); ok {
			return true
		}
	}
	return false
}

// unresolved counts a registration the analysis cannot resolve.
func (c *checker) unresolved(pos token.Pos, reason string) {
	c.notes = append(c.notes, note{pos: pos, reason: reason})
}

// emit reports an endpoint at pos, a call in the package.
func (c *checker) emit(pos token.Pos, e finding.Endpoint) {
	c.notes = append(c.notes, note{pos: pos, endpoint: &e})
}

// inModule reports whether a package path is the module's.
func (c *checker) inModule(path string) bool {
	_, ok := c.spec.Rel(path)
	return ok
}
