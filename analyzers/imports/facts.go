package imports

import (
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/stdlib"
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
// exported a fact themselves: exactly the non-standard ones.
func exportImports(pass *analysis.Pass) {
	if stdlib.Contains(pass) || strings.HasSuffix(pass.Pkg.Path(), ".test") {
		return // neither can lead back into the module
	}
	var imports []string
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(packageImports)) {
			imports = append(imports, imp.Path())
		}
	}
	sort.Strings(imports)
	pass.ExportPackageFact(&packageImports{Imports: imports})
}

// importGraph maps each known non-standard package to its direct imports.
type importGraph map[string][]string

// graphOf builds the import graph of everything the package depends on,
// from the facts of its dependencies.
func graphOf(pass *analysis.Pass) importGraph {
	g := importGraph{}
	for _, pf := range pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*packageImports); ok {
			g[pf.Package.Path()] = f.Imports
		}
	}
	return g
}
