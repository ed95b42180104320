package driver

import (
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modscan"
)

// Result is what one run found.
type Result struct {
	Findings []finding.Finding // sorted by position, each finding once
	// Ignored are the findings //boundarylint:ignore directives silence,
	// sorted: no output prints them, the cut list shows them, marked.
	Ignored []finding.Finding
	// Unread counts, per package, what the analyzers skipped because they
	// could not read it (SQL text built at run time): not findings, but
	// without them no findings could read as checked and clean.
	Unread []finding.UnreadCount
	// Migrations are the statements that change a table's schema, found
	// by the tx analyzer outside test files, sorted by table and position,
	// each once; the fast imports path finds none.
	Migrations []finding.Migration
	// Events are the publish and subscribe sites and the asynchronous
	// paths between components the events analyzer found outside test
	// files, sorted by kind, topic and position, each once.
	Events []finding.Event
	// Endpoints are the HTTP routes and RPC methods the module serves,
	// found by the endpoints analyzer (finding.SortEndpoints: each once, a
	// relative route dropped where a caller saw it in full); the fast
	// imports path finds none.
	Endpoints []finding.Endpoint
	// APIs are what the api packages the spec lists export, found by the
	// imports analyzer, sorted by path, each once; the fast imports path
	// finds none.
	APIs  []finding.APIPackage
	Edges []Edge // sorted by From, then To
	// UnclaimedEdges are the imports between a component and the module
	// packages no component claims (finding.Unclaimed), sorted as Edges.
	UnclaimedEdges []Edge
	Unclaimed      []string // module packages no component claims, module-relative, sorted
	Notes          []string // how the packages were read, when not from the source tree alone

	// Packages are the import paths of the packages the run checked (those
	// the patterns match), sorted, and Analyzers the names of the analyzers
	// it ran. The whole-module stale check looks at the baseline entries
	// of these packages and these analyzers' rules only; nil means all.
	Packages      []string
	Analyzers     []string
	leaveOutTests bool // LeaveOutTests

	// Existing are the import paths of every package directory of the
	// module, whatever the build or the patterns, sorted: an entry of a
	// package not among them can match nothing any more, and is stale in
	// every run. nil: unknown.
	Existing []string
}

// Edge and Import are the findings model's (report reads them without
// the driver); the names stay here for the driver's users.
type (
	Edge   = finding.Edge
	Import = finding.Import
)

// packageImports is what the edges are computed from: one package's
// imports, and whether they are its tests'.
type packageImports struct {
	Path    string
	Imports []string
	Test    bool
}

// componentEdges maps package imports to the edges between components,
// and, apart, to the edges between a component and the module packages
// no component claims (finding.Unclaimed), which couple to it as much. An
// import both a package and its tests make counts as a non-test one.
func componentEdges(spec *boundary.Spec, pkgs []packageImports) (edges, withUnclaimed []Edge) {
	type key struct {
		from, to string
		test     bool
	}
	seen := map[key]bool{}
	for _, p := range pkgs {
		if !p.Test {
			for _, imp := range p.Imports {
				seen[key{p.Path, imp, false}] = true
			}
		}
	}
	for _, p := range pkgs {
		if p.Test {
			for _, imp := range p.Imports {
				if !seen[key{p.Path, imp, false}] {
					seen[key{p.Path, imp, true}] = true
				}
			}
		}
	}
	byPair := map[[2]string]*Edge{}
	for k := range seen {
		imp := Import{From: k.from, To: k.to, Test: k.test}
		from, to := componentName(spec, imp.From), componentName(spec, imp.To)
		if from == "" || to == "" || from == to {
			continue
		}
		k := [2]string{from, to}
		if byPair[k] == nil {
			byPair[k] = &Edge{From: from, To: to}
		}
		byPair[k].Imports = append(byPair[k].Imports, imp)
	}
	for _, e := range byPair {
		slices.SortFunc(e.Imports, func(a, b Import) int {
			return cmpStrings(a.From, b.From, a.To, b.To)
		})
		if e.From == finding.Unclaimed || e.To == finding.Unclaimed {
			withUnclaimed = append(withUnclaimed, *e)
		} else {
			edges = append(edges, *e)
		}
	}
	byEnds := func(a, b Edge) int { return cmpStrings(a.From, b.From, a.To, b.To) }
	slices.SortFunc(edges, byEnds)
	slices.SortFunc(withUnclaimed, byEnds)
	return edges, withUnclaimed
}

// componentName names the component of a package, finding.Unclaimed for a
// module package no component claims, "" for a package outside the
// module.
func componentName(spec *boundary.Spec, path string) string {
	if c := spec.ComponentOf(path); c != nil {
		return c.Name
	}
	if inModule(path, spec.Module) {
		return finding.Unclaimed
	}
	return ""
}

// unclaimed returns the module packages (module-relative) no component claims.
func unclaimed(spec *boundary.Spec, rels []string) []string {
	var out []string
	for _, rel := range rels {
		path := spec.Module
		if rel != "." {
			path += "/" + rel
		}
		if spec.ComponentOf(path) == nil {
			out = append(out, rel)
		}
	}
	return out
}

// cmpStrings compares pairs of strings in order.
func cmpStrings(pairs ...string) int {
	for i := 0; i+1 < len(pairs); i += 2 {
		if c := strings.Compare(pairs[i], pairs[i+1]); c != 0 {
			return c
		}
	}
	return 0
}

// sortFindings orders findings by position, then rule and message, and
// drops repeats: go vet and the checker analyse a package and its test
// variant (and a dependency's test variant) apart, and both report what
// their common files hold.
func sortFindings(fs []finding.Finding) []finding.Finding {
	slices.SortFunc(fs, compareFindings)
	return slices.CompactFunc(fs, func(a, b finding.Finding) bool { return compareFindings(a, b) == 0 })
}

func compareFindings(a, b finding.Finding) int {
	if c := a.Pos.Compare(b.Pos); c != 0 {
		return c
	}
	return cmpStrings(a.Rule, b.Rule, a.Message, b.Message)
}

// sortMigrations orders migrations by table and position and drops
// repeats (a package and its test variant report the same statements).
func sortMigrations(ms []finding.Migration) []finding.Migration {
	cmp := func(a, b finding.Migration) int {
		if c := strings.Compare(a.Table, b.Table); c != 0 {
			return c
		}
		return a.Pos.Compare(b.Pos)
	}
	slices.SortFunc(ms, cmp)
	return slices.CompactFunc(ms, func(a, b finding.Migration) bool { return cmp(a, b) == 0 })
}

// sortEvents orders events by kind, topic and position and drops repeats
// (a package and its test variant report the same sites).
func sortEvents(es []finding.Event) []finding.Event {
	cmp := func(a, b finding.Event) int {
		if c := cmpStrings(string(a.Kind), string(b.Kind), a.Topic, b.Topic); c != 0 {
			return c
		}
		if c := a.Pos.Compare(b.Pos); c != 0 {
			return c
		}
		return cmpStrings(a.ToComponent, b.ToComponent, a.Callee, b.Callee)
	}
	slices.SortFunc(es, cmp)
	return slices.CompactFunc(es, func(a, b finding.Event) bool { return cmp(a, b) == 0 })
}

// sortAPIs orders api packages by path and drops repeats: go vet
// analyses a package with tests of its own as its test variant, the
// x/tools checker as both, and each describes the same declarations.
func sortAPIs(ps []finding.APIPackage) []finding.APIPackage {
	cmp := func(a, b finding.APIPackage) int { return strings.Compare(a.Path, b.Path) }
	slices.SortStableFunc(ps, cmp)
	return slices.CompactFunc(ps, func(a, b finding.APIPackage) bool { return cmp(a, b) == 0 })
}

// toFinding returns the finding a diagnostic carries in its related
// information (finding.Encode, attached by analyzers run with -findings),
// or, from a tool that attaches none, the one its text says (its rule
// named analyzer/category, as the registry's IDs are).
func toFinding(analyzer, pkg, category string, pos finding.Position, message string, related []string) (finding.Finding, error) {
	for _, r := range related {
		if f, ok, err := finding.Decode(r); ok {
			return f, err
		}
	}
	rule := category
	if !strings.Contains(rule, "/") {
		rule = strings.TrimSuffix(analyzer+"/"+category, "/")
	}
	return finding.Finding{Rule: rule, Analyzer: analyzer, Pos: pos, FromPackage: pkg, Message: message}, nil
}

// addUses fills the Uses of every non-test import of edges from the
// source of the importing package in m (modscan's Module.Uses).
func addUses(edges []Edge, m *modscan.Module) error {
	wanted := map[string][]string{} // importing package -> the packages it imports
	for _, e := range edges {
		for _, imp := range e.Imports {
			if !imp.Test {
				wanted[imp.From] = append(wanted[imp.From], imp.To)
			}
		}
	}
	uses, err := m.Uses(token.NewFileSet(), wanted)
	if err != nil {
		return err
	}
	for _, e := range edges {
		for i := range e.Imports {
			if imp := &e.Imports[i]; !imp.Test {
				imp.Uses = uses[imp.From][imp.To]
			}
		}
	}
	return nil
}

// LeaveOutTests makes the result that of a run that leaves test files out
// (-test=false): go vet always checks a package with its tests, so the
// findings in _test.go files are dropped afterwards. The baseline's stale
// check still sees them: call ApplyBaseline after, with the same result,
// and an entry test files match counts as used.
func (r *Result) LeaveOutTests() { r.leaveOutTests = true }

// splitIgnored separates the findings directives silence from the others.
func splitIgnored(fs []finding.Finding) (reported, ignored []finding.Finding) {
	for _, f := range fs {
		if f.Ignored {
			ignored = append(ignored, f)
		} else {
			reported = append(reported, f)
		}
	}
	return reported, ignored
}

// addSites fills the Sites of every import of edges from the import
// clauses m read into fset: the package's files for an import they make,
// its test files for one only its tests make. Findings count import
// statements, so the edges can be counted in the same unit.
func addSites(edges []Edge, m *modscan.Module, fset *token.FileSet) {
	byPath := map[string]*modscan.Package{}
	for _, p := range m.Packages {
		byPath[p.Path] = p
	}
	for _, e := range edges {
		for i := range e.Imports {
			imp := &e.Imports[i]
			p := byPath[imp.From]
			if p == nil {
				continue
			}
			files := p.GoFiles
			if imp.Test {
				files = append(append([]*modscan.File(nil), p.TestGoFiles...), p.XTestGoFiles...)
			}
			imp.Sites = importSites(m.Dir, files, imp.To, fset)
		}
	}
}

// importSites returns where files import path.
func importSites(root string, files []*modscan.File, path string, fset *token.FileSet) []finding.Position {
	var out []finding.Position
	for _, f := range files {
		for _, spec := range f.Syntax.Imports {
			if ip, err := strconv.Unquote(spec.Path.Value); err != nil || ip != path {
				continue
			}
			pos := fset.Position(spec.Pos())
			rel, _ := filepath.Rel(root, pos.Filename)
			out = append(out, finding.Position{File: pos.Filename, Line: pos.Line, Column: pos.Column, RelFile: filepath.ToSlash(rel)})
		}
	}
	return out
}
