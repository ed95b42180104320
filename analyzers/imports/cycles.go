package imports

import (
	"path/filepath"
	"strings"
	"sync"

	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modscan"
)

// moduleGraphs reads each module's import graph once per analyzer: the
// cycle rule needs the whole module, which no package's facts hold (they
// describe what lies below it), and the isolation rule needs what go vet's
// fact decoder drops (the facts of indirect dependencies its export data
// does not mention). The graph comes from modscan, which reads each
// package's files as the imports path does, for the same build.
type moduleGraphs struct {
	file string // -graph: a graph boundarylint -V=full saved for this go vet run

	mu     sync.Mutex
	byRoot map[string]*scanned
}

type scanned struct {
	once  sync.Once
	graph *modscan.Graph
	err   error
}

// graphsOf returns the graphs of an analyzer that starts with g, a graph
// its driver has read already (nil: none).
func graphsOf(g *modscan.Graph) *moduleGraphs {
	m := new(moduleGraphs)
	if g != nil {
		s := &scanned{graph: g}
		s.once.Do(func() {})
		m.byRoot = map[string]*scanned{g.Root: s}
	}
	return m
}

// of returns the import graph of the module with path module whose
// directory is root: the one given or saved for this run, else read for
// the build of the go command here ($GOFLAGS' tags, its cgo decision).
func (m *moduleGraphs) of(root, module string) (*modscan.Graph, error) {
	m.mu.Lock()
	if m.byRoot == nil {
		m.byRoot = map[string]*scanned{}
	}
	s := m.byRoot[root]
	if s == nil {
		s = new(scanned)
		m.byRoot[root] = s
	}
	m.mu.Unlock()
	s.once.Do(func() {
		if m.file != "" {
			if s.graph, s.err = modscan.LoadGraph(m.file, root, module); s.err == nil {
				return
			}
		}
		s.graph, s.err = modscan.ReadGraph(root, module, modscan.NewBuild(""))
	})
	return s.graph, s.err
}

// moduleRoot returns the directory of the spec's module: the package's
// directory with its module-relative path taken off (in module mode and in
// a GOPATH layout alike), or "" for a package without files (one the
// imports subcommand visits only for its fact, where nothing is reported)
// or whose directory does not mirror its path.
func (c *checker) moduleRoot() string {
	if len(c.pass.Files) == 0 {
		return ""
	}
	dir := filepath.Dir(c.pass.Fset.File(c.pass.Files[0].FileStart).Name())
	rel, _ := c.spec.Rel(c.path)
	if rel == "." {
		return dir
	}
	trimmed, ok := strings.CutSuffix(filepath.ToSlash(dir), "/"+rel)
	if !ok {
		return ""
	}
	return filepath.FromSlash(trimmed)
}

// moduleGraph returns the import graph of the spec's module, or nil where
// moduleRoot finds no module directory.
func (c *checker) moduleGraph() (*modscan.Graph, error) {
	root := c.moduleRoot()
	if root == "" {
		return nil, nil
	}
	return c.graphs.of(root, c.spec.Module)
}

// build returns the build the module's import graph was read for, which
// chooses the files of the other module packages the rules read (the
// go command's build here when there is no graph).
func (c *checker) build() *modscan.Build {
	if g, err := c.moduleGraph(); err == nil && g != nil {
		return g.Build()
	}
	return modscan.NewBuild("")
}

// checkCycles reports each component cycle of the module once, at the
// import that witnesses its first edge to break (boundary's CycleBreaks):
// a fixed place on the cycle, whichever packages a run analyses and in
// which mode, and one the team should cut.
func (c *checker) checkCycles(mod *modscan.Graph) {
	for _, cy := range c.spec.ImportCycles(mod.Imports) {
		if cy.At.From != c.path {
			continue
		}
		for _, imp := range c.imports() {
			if !imp.test && imp.path == cy.At.To {
				msg, chain := c.describeCycle(cy)
				f := finding.Finding{Rule: finding.ImportsCycle, ToComponent: suppress.ComponentName(c.componentOf(imp.path)), ToPackage: imp.path,
					Subject: finding.Subject{Kind: finding.SubjectCycle, Name: cycleName(cy)}, Chain: chain}
				c.reportf(imp.spec, f, "%s", msg)
				break
			}
		}
	}
}

// cycleName names a cycle in its finding's subject: a single loop as the
// loop, "a -> b -> a", a larger strongly connected set as its components,
// "a, b, c".
func cycleName(cy boundary.Cycle) string {
	list, sep := cy.Components, ", "
	if cy.Loop != nil {
		list, sep = cy.Loop, " -> "
	}
	names := make([]string, len(list))
	for i, comp := range list {
		names[i] = comp.Name
	}
	return strings.Join(names, sep)
}

// withModule adds to the import graph from the facts the module packages
// it lacks, so that the chains of the isolation rule are complete.
func withModule(g importGraph, mod *modscan.Graph) importGraph {
	if mod == nil {
		return g
	}
	for p, imps := range mod.Imports {
		if _, ok := g[p]; !ok {
			g[p] = imps
		}
	}
	return g
}
