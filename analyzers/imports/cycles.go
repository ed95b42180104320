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

// scanned is one module's graph: given, read from the module, or saved
// for this run (whose header alone gives the cycles and the build).
type scanned struct {
	once  sync.Once
	saved *modscan.SavedGraph
	graph *modscan.Graph
	err   error

	// exported is exportedNames's memo, by directory: every private
	// import of a component's packages, in any package of the run, asks
	// for its api packages' names, and reading them parses each file whole.
	exportedMu sync.Mutex
	exported   map[string]map[string]bool
}

func (s *scanned) exportedNames(dir string) map[string]bool {
	s.exportedMu.Lock()
	defer s.exportedMu.Unlock()
	names, ok := s.exported[dir]
	if !ok {
		names = exportedNames(dir, s.build())
		if s.exported == nil {
			s.exported = map[string]map[string]bool{}
		}
		s.exported[dir] = names
	}
	return names
}

// imports returns the module's import map: the saved graph's, read line
// by line as the isolation walk asks, else the graph read.
func (s *scanned) imports() (modscan.ImportMap, error) {
	if s.saved != nil {
		return s.saved, nil
	}
	if s.err != nil || s.graph == nil {
		return nil, s.err // a nil *Graph in the interface would not be nil
	}
	return s.graph, nil
}

func (s *scanned) cycles(spec *boundary.Spec) ([]boundary.Cycle, error) {
	if s.saved != nil {
		return s.saved.Cycles(spec)
	}
	return s.graph.Cycles(spec), nil
}

func (s *scanned) build() *modscan.Build {
	if s.saved != nil {
		return s.saved.Build()
	}
	return s.graph.Build()
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
func (m *moduleGraphs) of(root, module string) (*scanned, error) {
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
			if s.saved, s.err = modscan.OpenGraph(m.file, root, module); s.err == nil {
				return
			}
		}
		s.saved = nil
		s.graph, s.err = modscan.ReadGraph(root, module, modscan.NewBuild(""))
	})
	return s, s.err
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

// module returns the import graph of the spec's module, or nil where
// moduleRoot finds no module directory.
func (c *checker) module() (*scanned, error) {
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
	if s, err := c.module(); err == nil && s != nil {
		return s.build()
	}
	return modscan.NewBuild("")
}

// checkCycles reports each component cycle of the module once, at the
// import that witnesses its first edge to break (boundary's CycleBreaks):
// a fixed place on the cycle, whichever packages a run analyses and in
// which mode, and one the team should cut.
func (c *checker) checkCycles(cycles []boundary.Cycle) {
	for _, cy := range cycles {
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

// checkModule applies the rules that need the whole module's import
// graph: the isolation rule's chains (an isolated component's packages
// only), along the graph isolation makes of the module's, and the cycle
// rule, whose cycles a go vet unit takes from the run's saved graph.
func (c *checker) checkModule(isolation func(modscan.ImportMap) (importGraph, error)) error {
	mod, err := c.module()
	if err != nil {
		return err
	}
	if c.comp.Isolated {
		var g modscan.ImportMap
		if mod != nil {
			if g, err = mod.imports(); err != nil {
				return err
			}
		}
		ig, err := isolation(g)
		if err != nil {
			return err
		}
		c.checkIsolation(ig)
	}
	if mod == nil {
		return nil
	}
	cycles, err := mod.cycles(c.spec)
	if err != nil {
		return err
	}
	c.checkCycles(cycles)
	return nil
}
