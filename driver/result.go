package driver

import (
	"go/token"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// Result is what one run found.
type Result struct {
	Findings  []Finding // sorted by position, each finding once
	Edges     []Edge    // sorted by From, then To
	Unclaimed []string  // module packages no component claims, module-relative, sorted
	Notes     []string  // how the packages were read, when not from the source tree alone
}

// Finding is one diagnostic of a rule analyzer.
type Finding struct {
	Analyzer string         // the analyzer's name: imports, config, tx
	Category string         // the rule ID of the registry (package finding): imports/private, config/env, ...
	Posn     token.Position // where it is reported
	Message  string
}

// Edge is a dependency of one component on another that the code has:
// every package import from a package of From into a package of To.
type Edge struct {
	From, To string // component names
	Imports  []Import
}

// Import is one package importing another across components.
type Import struct {
	From, To string // import paths
	Test     bool   // only the package's tests import it
}

// packageImports is what the edges are computed from: one package's
// imports, and whether they are its tests'.
type packageImports struct {
	Path    string
	Imports []string
	Test    bool
}

// componentEdges maps package imports to the edges between components.
// An import both a package and its tests make counts as a non-test one.
func componentEdges(spec *boundary.Spec, pkgs []packageImports) []Edge {
	seen := map[Import]bool{}
	for _, p := range pkgs {
		if !p.Test {
			for _, imp := range p.Imports {
				seen[Import{From: p.Path, To: imp}] = true
			}
		}
	}
	for _, p := range pkgs {
		if p.Test {
			for _, imp := range p.Imports {
				if i := (Import{From: p.Path, To: imp}); !seen[i] {
					seen[Import{From: p.Path, To: imp, Test: true}] = true
				}
			}
		}
	}
	byPair := map[[2]string]*Edge{}
	for imp := range seen {
		from, to := spec.ComponentOf(imp.From), spec.ComponentOf(imp.To)
		if from == nil || to == nil || from == to {
			continue
		}
		k := [2]string{from.Name, to.Name}
		if byPair[k] == nil {
			byPair[k] = &Edge{From: from.Name, To: to.Name}
		}
		byPair[k].Imports = append(byPair[k].Imports, imp)
	}
	var out []Edge
	for _, e := range byPair {
		slices.SortFunc(e.Imports, func(a, b Import) int {
			return cmpStrings(a.From, b.From, a.To, b.To)
		})
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b Edge) int { return cmpStrings(a.From, b.From, a.To, b.To) })
	return out
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

// sortFindings orders findings by file, line, column, then message, and
// drops exact repeats (a package and its test variant report the same
// finding).
func sortFindings(fs []Finding) []Finding {
	slices.SortFunc(fs, func(a, b Finding) int {
		if c := strings.Compare(a.Posn.Filename, b.Posn.Filename); c != 0 {
			return c
		}
		if a.Posn.Line != b.Posn.Line {
			return a.Posn.Line - b.Posn.Line
		}
		if a.Posn.Column != b.Posn.Column {
			return a.Posn.Column - b.Posn.Column
		}
		return cmpStrings(a.Analyzer, b.Analyzer, a.Category, b.Category, a.Message, b.Message)
	})
	return slices.CompactFunc(fs, func(a, b Finding) bool { return a == b })
}
