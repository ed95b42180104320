package imports

import (
	_ "embed"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/specsource"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modscan"
)

//go:embed doc.go
var doc string

// Analyzer checks imports against the component boundaries in the spec. It
// applies the spec its -spec flag names, else $BOUNDARYLINT_SPEC, else
// boundaries.yaml above the package; suite.Bind binds it to a loaded spec
// and, when the driver has read it, the module's import graph
// (suite.Binding.Graph): the cycle rule and the other import rules then see
// the same files.
var Analyzer = specsource.Def{Name: "imports", Doc: doc, FactTypes: []analysis.Fact{new(packageImports)}, Run: newRun}.Analyzer()

// newRun is the run of one analyzer value, with the module graphs it reads
// once: the bound graph, else the -graph file (bound or flagged), else
// the module's import clauses.
func newRun(src *specsource.Source, fs *flag.FlagSet) func(*analysis.Pass) (any, error) {
	graphs := graphsOf(src.Graph())
	fs.StringVar(&graphs.file, "graph", "", "read the module's import graph from this file, which boundarylint -V=full writes for go vet, instead of from the module's import clauses")
	graphs.file = src.GraphFile()
	return func(pass *analysis.Pass) (any, error) { return run(pass, src, graphs) }
}

// checker carries what every rule needs about the package being analysed.
type checker struct {
	pass   *analysis.Pass
	spec   *boundary.Spec
	path   string // the package's path, an external test package counted as its package
	comp   *boundary.Component
	report *suppress.Reporter
	owners map[string]*boundary.Component // componentOf's memo: the graph walks ask about the same packages often
	graphs *moduleGraphs
}

func (c *checker) componentOf(path string) *boundary.Component {
	comp, ok := c.owners[path]
	if !ok {
		comp = c.spec.ComponentOf(path)
		c.owners[path] = comp
	}
	return comp
}

func run(pass *analysis.Pass, src *specsource.Source, graphs *moduleGraphs) (any, error) {
	exportImports(pass)
	return check(pass, src, graphs, func(mod modscan.ImportMap) (importGraph, error) { return graphOf(pass, mod), nil })
}

// check applies the rules to the pass's package. isolation returns the
// import graph the isolation rule walks, given the module's graph: what
// the facts of the package's dependencies say, or, in the syntax tier,
// what the source tree says.
func check(pass *analysis.Pass, src *specsource.Source, graphs *moduleGraphs, isolation func(modscan.ImportMap) (importGraph, error)) (any, error) {
	report, spec, err := src.Open(pass)
	if err != nil {
		return nil, err
	}
	if spec == nil || strings.HasSuffix(pass.Pkg.Path(), ".test") {
		return report.Result(), nil // a dependency outside any spec'd module, or a generated test main
	}
	path := specsource.PackagePath(pass)
	if _, inModule := spec.Rel(path); !inModule {
		return report.Result(), nil
	}
	c := &checker{pass: pass, spec: spec, path: path, comp: spec.ComponentOf(path), report: report, owners: map[string]*boundary.Component{}, graphs: graphs}
	c.checkUnassigned()
	c.checkDirect()
	if c.comp == nil {
		return report.Result(), nil
	}
	c.reportAPI()
	if err := c.checkModule(isolation); err != nil {
		return nil, err
	}
	return report.Result(), nil
}

// importSpec is one import of the package, in source order.
type importSpec struct {
	spec *ast.ImportSpec
	path string
	test bool // in a _test.go file
}

func (c *checker) imports() []importSpec { return c.importsOf(c.pass.Files) }

func (c *checker) importsOf(files []*ast.File) []importSpec {
	var out []importSpec
	for _, f := range files {
		test := strings.HasSuffix(c.pass.Fset.File(f.FileStart).Name(), "_test.go")
		for _, s := range f.Imports {
			if p, err := strconv.Unquote(s.Path.Value); err == nil && p != "C" && p != "unsafe" {
				out = append(out, importSpec{s, p, test})
			}
		}
	}
	return out
}

// rel prints an import path the way the spec writes it.
func (c *checker) rel(path string) string {
	if r, ok := c.spec.Rel(path); ok && r != "." {
		return r
	}
	return path
}

// reportf reports f at node, with the message format gives.
func (c *checker) reportf(node ast.Node, f finding.Finding, format string, args ...any) {
	f.FromComponent = suppress.ComponentName(c.comp)
	f.Message = fmt.Sprintf(format, args...)
	c.report.Report(node.Pos(), node.End(), f)
}

// importFinding is a finding about an import of path, which belongs to
// component to (nil for third-party code), made a violation by the spec
// entry at pos.
func importFinding(rule, path string, to *boundary.Component, pos boundary.Pos) finding.Finding {
	return finding.Finding{Rule: rule, ToComponent: suppress.ComponentName(to), ToPackage: path,
		Subject: finding.Subject{Kind: finding.SubjectImport, Name: path}, SpecPos: suppress.SpecPos(pos)}
}

// checkDirect applies the forbidden, private, reserved and unassigned rules
// to each import, in every file of the package whatever its build
// constraints: an import is part of the architecture in every build.
func (c *checker) checkDirect() {
	for _, imp := range append(c.imports(), c.importsOf(c.excludedFiles())...) {
		v := c.spec.CheckImport(c.path, imp.path)
		from, to := c.rel(c.path), c.rel(imp.path)
		switch v.Rule {
		case boundary.Forbidden:
			if v.To.CompositionRoot {
				c.reportf(imp.spec, importFinding(finding.ImportsForbidden, imp.path, v.To, v.Pos), "%s imports %s, which belongs to composition root %s (%s), which nothing may import; move what %s needs into a component both may depend on",
					from, to, v.To.Name, v.Pos, from)
				continue
			}
			c.reportf(imp.spec, importFinding(finding.ImportsForbidden, imp.path, v.To, v.Pos), "%s imports %s, which belongs to component %s that %s may not depend on (%s); remove the import or add %s to depends_on of %s",
				from, to, v.To.Name, v.From.Name, v.Pos, v.To.Name, v.From.Name)
		case boundary.Private:
			c.reportf(imp.spec, importFinding(finding.ImportsPrivate, imp.path, v.To, v.Pos), "%s imports %s, which is private to component %s (%s); %s",
				from, to, v.To.Name, v.Pos, c.privateAdvice(imp, v.To))
		case boundary.Reserved:
			c.reportf(imp.spec, importFinding(finding.ImportsReserved, imp.path, nil, v.Pos), "%s imports %s, which is reserved to %s (%s); go through the API of %s instead",
				from, to, refNames(v.Reservation.To, "component ", " or "), v.Pos, refNames(v.Reservation.To, "", " or "))
		case boundary.Unassigned:
			c.reportf(imp.spec, importFinding(finding.ImportsUnassigned, imp.path, nil, v.Pos), "%s imports %s, which no component claims (unassigned: deny, %s); add %s to a component's packages",
				from, to, v.Pos, to)
		}
	}
}

// excludedFiles parses the import clauses of the files of the package (and
// of its tests) that the build's constraints exclude, as given by the
// driver in pass.IgnoredFiles: a //go:build release file, x_windows.go on
// Linux. An external test package leaves them to its package. A file of
// another package (a //go:build ignore generator in package main) is not
// part of this one.
func (c *checker) excludedFiles() []*ast.File {
	name := c.pass.Pkg.Name()
	if strings.HasSuffix(name, "_test") {
		return nil
	}
	var out []*ast.File
	for _, path := range c.pass.IgnoredFiles {
		if !strings.HasSuffix(path, ".go") {
			continue
		}
		src, err := c.pass.ReadFile(path)
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(c.pass.Fset, path, src, parser.ImportsOnly|parser.ParseComments)
		if err != nil || f.Name.Name != name && f.Name.Name != name+"_test" {
			continue // the compiler does not read it in this build: nor do the rules
		}
		out = append(out, f)
	}
	c.report.Watch(out)
	return out
}

func refNames(refs []boundary.Ref, prefix, sep string) string {
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = prefix + r.Name
	}
	sort.Strings(names)
	return strings.Join(names, sep)
}

// checkUnassigned reports, under the warn and deny policies, a package that
// no component claims, once, at the package clause of its first file.
func (c *checker) checkUnassigned() {
	if c.comp != nil || c.spec.Unassigned == boundary.Allow || strings.HasSuffix(c.pass.Pkg.Path(), "_test") || len(c.pass.Files) == 0 {
		return
	}
	first := c.pass.Files[0]
	for _, f := range c.pass.Files[1:] {
		if c.pass.Fset.File(f.FileStart).Name() < c.pass.Fset.File(first.FileStart).Name() {
			first = f
		}
	}
	c.reportf(first.Name, finding.Finding{Rule: finding.ImportsUnassigned, Subject: finding.Subject{Kind: finding.SubjectPackage, Name: c.path},
		SpecPos: suppress.SpecPos(c.spec.UnassignedPos)}, "package %s is not claimed by any component (unassigned: %s, %s); add it to a component's packages",
		c.rel(c.path), c.spec.Unassigned, c.spec.UnassignedPos)
}
