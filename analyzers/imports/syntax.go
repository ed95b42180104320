package imports

import (
	"flag"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/specsource"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
)

// NewSyntax returns the import rules as an analyzer that needs the syntax
// of a package's files and nothing else: no types, no facts. It is the
// syntax tier, for drivers that type-check nothing, such as golangci-lint
// --fast-only in an editor, and its findings on a package are the imports
// analyzer's. What a typed run learns from the package and the facts of
// its dependencies, it reads from m, the module as read from its source
// tree for one build: the package's path, from its directory; the imports
// of the other module packages, for the isolation and cycle rules; and,
// only when the spec reserves third-party packages to components, the
// import graph below the third-party packages that isolated components
// reach, from the go command, once. The analyzer applies b's spec and
// baseline; its import graph is m's.
func NewSyntax(b specsource.Binding, m *modscan.Module) *analysis.Analyzer {
	tier := &syntaxTier{spec: b.Spec, module: m}
	b.Graph = m.Graph()
	return specsource.Def{Name: "imports", Doc: doc, Run: func(src *specsource.Source, _ *flag.FlagSet) func(*analysis.Pass) (any, error) {
		graphs := graphsOf(src.Graph())
		return func(pass *analysis.Pass) (any, error) {
			typed, ok := tier.pass(pass)
			if !ok {
				report, _, err := src.Open(pass)
				return report.Result(), err // outside the module: a generated test main
			}
			return check(typed, src, graphs, func(modscan.ImportMap) (importGraph, error) { return tier.graph() })
		}
	}}.Bound(b)
}

// syntaxTier holds what NewSyntax's analyzer reads instead of types and
// facts.
type syntaxTier struct {
	spec   *boundary.Spec
	module *modscan.Module

	once      sync.Once
	isolation importGraph
	err       error
}

// pass returns a copy of pass that names its package as a typed run
// would, by the import path of its directory in the module (path_test for
// an external test package), with no facts: what the rules read of a pass
// besides its files. ok is false for a package with no file in the
// module.
func (t *syntaxTier) pass(pass *analysis.Pass) (*analysis.Pass, bool) {
	for _, f := range pass.Files {
		rel, err := filepath.Rel(t.module.Dir, filepath.Dir(pass.Fset.File(f.FileStart).Name()))
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue // a file of cgo's, in the build cache
		}
		path := t.module.Path
		if rel != "." {
			path += "/" + filepath.ToSlash(rel)
		}
		name := f.Name.Name
		if strings.HasSuffix(name, "_test") {
			path += "_test"
		}
		p := *pass
		p.Pkg = types.NewPackage(path, name)
		p.ImportPackageFact = func(*types.Package, analysis.Fact) bool { return false }
		p.ExportPackageFact = func(analysis.Fact) {}
		p.AllPackageFacts = func() []analysis.PackageFact { return nil }
		return &p, true
	}
	return nil, false
}

// graph returns the import graph the isolation rule walks, read once.
func (t *syntaxTier) graph() (importGraph, error) {
	t.once.Do(func() { t.isolation, t.err = sourceGraph(t.spec, t.module) })
	return t.isolation, t.err
}

// sourceGraph is the import graph the facts of a typed run hold, read
// from the source tree: each module package's imports outside the
// standard library made by its non-test files and, when the spec reserves
// third-party packages, the graph below the third-party packages the
// isolated components reach, where a chain could end in one.
func sourceGraph(spec *boundary.Spec, m *modscan.Module) (importGraph, error) {
	g := importGraph{facts: map[string][]string{}}
	for _, p := range m.Packages {
		g.facts[p.Path] = nonStandard(modscan.Imports(p.GoFiles), m.Path)
	}
	if len(spec.External) == 0 {
		return g, nil
	}
	reached := isolatedThirdParty(spec, m, g)
	if len(reached) == 0 {
		return g, nil
	}
	listed, err := modscan.ListImports(m.Dir, m.Graph().Build(), reached)
	if err != nil {
		return importGraph{}, err
	}
	for p, imps := range listed {
		if _, ok := g.facts[p]; !ok {
			g.facts[p] = nonStandard(imps, m.Path)
		}
	}
	return g, nil
}

// isolatedThirdParty returns, sorted, the third-party packages that the
// packages of isolated components import, in any of their files, or reach
// through other module packages.
func isolatedThirdParty(spec *boundary.Spec, m *modscan.Module, g importGraph) []string {
	seen := map[string]bool{}
	var out []string
	var visit func(imps []string)
	visit = func(imps []string) {
		for _, imp := range imps {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			if next, inModule := g.facts[imp]; inModule {
				visit(next)
			} else if _, ok := spec.Rel(imp); !ok {
				out = append(out, imp)
			}
		}
	}
	for _, p := range m.Packages {
		if c := spec.ComponentOf(p.Path); c != nil && c.Isolated {
			files := slices.Concat(p.GoFiles, p.TestGoFiles, p.XTestGoFiles)
			visit(nonStandard(modscan.Imports(files), m.Path))
		}
	}
	slices.Sort(out)
	return out
}

// nonStandard returns the paths that are not in the standard library:
// those of the module, and those whose first element has a dot, as the go
// command decides. They are the packages that export a fact in a typed run.
func nonStandard(paths []string, module string) []string {
	var out []string
	for _, p := range paths {
		first, _, _ := strings.Cut(p, "/")
		if p == module || strings.HasPrefix(p, module+"/") || strings.Contains(first, ".") {
			out = append(out, p)
		}
	}
	return out
}
