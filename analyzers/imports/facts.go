package imports

import (
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/stdlib"
	"github.com/boundarylint/boundarylint/modscan"
)

// packageImports is the fact a package exports: its direct imports that are
// not in the standard library, sorted. Only direct edges are recorded: the
// facts of every dependency travel with each package, so storing the whole
// reachable set would grow the facts quadratically with the module.
type packageImports struct {
	Imports []string
}

func (*packageImports) AFact() {}

func (f *packageImports) String() string { return "imports " + strings.Join(f.Imports, " ") }

// exportImports records the package's direct imports, keeping those that
// exported a fact themselves: exactly the non-standard ones. Imports made
// only by _test.go files are left out, so that a package and its test
// variant export the same fact: its importers never see its tests.
func exportImports(pass *analysis.Pass) {
	if stdlib.Contains(pass) || strings.HasSuffix(pass.Pkg.Path(), ".test") {
		return // neither can lead back into the module
	}
	testOnly := testOnlyImports(pass)
	var imports []string
	for _, imp := range pass.Pkg.Imports() {
		if !testOnly[imp.Path()] && pass.ImportPackageFact(imp, new(packageImports)) {
			imports = append(imports, imp.Path())
		}
	}
	sort.Strings(imports)
	pass.ExportPackageFact(&packageImports{Imports: imports})
}

// testOnlyImports returns the paths imported by _test.go files and by no
// other file of the package.
func testOnlyImports(pass *analysis.Pass) map[string]bool {
	inTests, inCode := map[string]bool{}, map[string]bool{}
	for _, f := range pass.Files {
		seen := inCode
		if strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go") {
			seen = inTests
		}
		for _, s := range f.Imports {
			if p, err := strconv.Unquote(s.Path.Value); err == nil {
				seen[p] = true
			}
		}
	}
	for p := range inCode {
		delete(inTests, p)
	}
	return inTests
}

// importGraph gives each known non-standard package's direct imports:
// those its fact records, else those of the module's import graph (which
// fills in the module packages go vet's fact decoder drops). The module's
// map is consulted, never copied: a copy per package of an isolated
// component cost the module's size each time.
type importGraph struct {
	facts  map[string][]string
	module modscan.ImportMap // nil: no module graph
}

func (g importGraph) of(p string) []string {
	if imps, ok := g.facts[p]; ok {
		return imps
	}
	if g.module == nil {
		return nil
	}
	return g.module.ImportsOf(p)
}

// graphOf builds the import graph of everything the package depends on,
// from the facts of its dependencies and the module's graph, if any.
func graphOf(pass *analysis.Pass, mod modscan.ImportMap) importGraph {
	g := importGraph{facts: map[string][]string{}}
	for _, pf := range pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*packageImports); ok {
			g.facts[pf.Package.Path()] = f.Imports
		}
	}
	g.module = mod
	return g
}
