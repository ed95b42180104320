package modscan

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"sync"

	"github.com/boundarylint/boundarylint/boundary"
)

// Graph is a module's own import graph: for each package of the module,
// the module packages its non-test files import, as import paths, for one
// Build (the files the go command builds here). A component cycle can run
// through packages that no single package depends on, so the cycle rule
// needs this whole graph; the import graph below one package is all the
// analysis facts can give.
type Graph struct {
	Root    string              // the module root directory
	Module  string              // the module path
	Tags    []string            `json:",omitempty"` // the build tags it was read with
	Imports map[string][]string // importing package -> imported module packages, sorted
	// Excluded is the digest of the names and contents of the files the
	// build excludes, which the import rules read (pass.IgnoredFiles) but
	// go vet's cache key does not cover.
	Excluded string `json:",omitempty"`

	buildOnce sync.Once
	build     *Build

	cyclesMu sync.Mutex
	cycles   map[*boundary.Spec][]boundary.Cycle
}

// Cycles returns the spec's component cycles of the graph
// (Spec.ImportCycles), searched once per graph and spec: the cycle rule
// asks in every package, and the search covers the whole module.
func (g *Graph) Cycles(s *boundary.Spec) []boundary.Cycle {
	g.cyclesMu.Lock()
	defer g.cyclesMu.Unlock()
	c, ok := g.cycles[s]
	if !ok {
		c = s.ImportCycles(g.Imports)
		if g.cycles == nil {
			g.cycles = map[*boundary.Spec][]boundary.Cycle{}
		}
		g.cycles[s] = c
	}
	return c
}

// ImportsOf returns the module packages that path's non-test files import.
func (g *Graph) ImportsOf(path string) []string { return g.Imports[path] }

// ImportMap gives each module package's imports of module packages: a
// Graph, or a SavedGraph read only as far as asked.
type ImportMap interface {
	ImportsOf(path string) []string
}

// Graph returns the module's import graph: each package's non-test
// files' imports of packages of the module (a nested module's packages
// are not among them, whatever their paths share with the module's).
func (m *Module) Graph() *Graph {
	return graphOf(m.Dir, m.Path, m.build, m.summaries())
}

// ExcludedDigest hashes the path, name and content of every file of the
// module that the build excludes: adding, editing or deleting one changes
// it. The import rules read those files (pass.IgnoredFiles), but neither
// go vet's cache key nor golangci-lint's covers them.
func (m *Module) ExcludedDigest() string { return excludedDigest(m.summaries()) }

func (m *Module) summaries() []*pkgSummary {
	out := make([]*pkgSummary, len(m.Packages))
	for i, p := range m.Packages {
		out[i] = p.summary()
	}
	return out
}

// pkgSummary is what a Graph keeps of one package, and what a scan cache
// keeps of it between runs.
type pkgSummary struct {
	Path    string
	Imports []string  // of its non-test files, sorted
	Ignored []fileSum // the files of the package the build excludes, by name
}

// fileSum is a file the build excludes: its name and content digest.
type fileSum struct {
	Name string
	Sum  [32]byte
}

func (p *Package) summary() *pkgSummary {
	s := &pkgSummary{Path: p.Path, Imports: Imports(p.GoFiles)}
	for _, f := range p.IgnoredFiles {
		s.Ignored = append(s.Ignored, fileSum{f.Name, f.sum})
	}
	return s
}

// graphOf builds the graph of the packages pkgs, sorted by path.
func graphOf(root, module string, b *Build, pkgs []*pkgSummary) *Graph {
	g := &Graph{Root: root, Module: module, Tags: b.Tags(), Imports: map[string][]string{}, build: b}
	in := map[string]bool{}
	for _, p := range pkgs {
		in[p.Path] = true
	}
	for _, p := range pkgs {
		var local []string
		for _, imp := range p.Imports {
			if in[imp] {
				local = append(local, imp)
			}
		}
		g.Imports[p.Path] = local
	}
	g.Excluded = excludedDigest(pkgs)
	return g
}

func excludedDigest(pkgs []*pkgSummary) string {
	h := sha256.New()
	for _, p := range pkgs {
		for _, f := range p.Ignored {
			fmt.Fprintf(h, "%s/%s %x\x00", p.Path, f.Name, f.Sum)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ReadGraph reads the import graph of the module whose path is module and
// whose root is root, for the build b. The module path is given, not read
// from go.mod, so that a GOPATH-style tree (analysistest's) reads too.
func ReadGraph(root, module string, b *Build) (*Graph, error) {
	m, err := ReadModule(root, module, b, token.NewFileSet())
	if err != nil {
		return nil, err
	}
	return m.Graph(), nil
}

// ReadModule reads the module whose path is module and whose root is
// root, for the build b, as Read does but with the module path given, as
// ReadGraph takes it: for a caller that needs the packages' files as well
// as the graph.
func ReadModule(root, module string, b *Build, fset *token.FileSet) (*Module, error) {
	m := &Module{Path: module, Dir: root, build: b}
	if err := m.readPackages(fset); err != nil {
		return nil, err
	}
	return m, nil
}

// Build returns the build the graph was read for (for a graph loaded from
// a file: the go command's build with its tags), to read more of the
// module as the graph was read.
func (g *Graph) Build() *Build {
	g.buildOnce.Do(func() {
		if g.build == nil {
			g.build = buildWithTags(g.Tags)
		}
	})
	return g.build
}

// GraphFile is where boundarylint -V=full leaves the import graph of the
// module at root for the per-package processes of the same go vet run,
// which would otherwise each read every import clause of the module again.
// run names the go vet run (the go command's process ID, which -V=full and
// the units share as their parent): concurrent runs with different -tags
// or sources each keep their own graph, and never read another's.
func GraphFile(root, run string) string {
	sum := sha256.Sum256([]byte(root))
	return filepath.Join(cacheDir(), "graph-"+hex.EncodeToString(sum[:8])+"-"+run+".json")
}

// cacheDir is where boundarylint keeps what one run leaves for the next
// or for the other processes of a go vet run.
func cacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "boundarylint")
}
