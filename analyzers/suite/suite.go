// Package suite lists boundarylint's rule analyzers in one place, so that
// the vet tool, the golangci-lint plugin, the drivers and library users
// run the same set, and binds them to a loaded spec, baseline and import
// graph (Binding), the one way every front end does.
//
// The list is the Requires of ignores.Analyzer, which counts the
// directives and baseline entries every rule uses: adding a rule is adding
// its Analyzer there, one line (docs/development.md).
package suite

import (
	"fmt"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/internal/specsource"
)

// Binding is what bound analyzers apply in place of what their flags name:
//
//	Spec      *boundary.Spec     the spec every pass applies, loaded and checked
//	Baseline  *baseline.Baseline the accepted findings; nil: none (an -ANALYZER.baseline flag overrides it)
//	Graph     *modscan.Graph     the module's import graph the driver read; nil: GraphFile, else read
//	GraphFile string             a graph saved for this run (boundarylint -V=full saves one per go vet run)
//	Findings  bool               attach each finding to its diagnostic, report baselined ones marked
//
// Its Key is the cache key of what else than package sources the findings
// depend on, which go vet's -V=full answer and the golangci-lint plugin's
// stamp cover.
type Binding = specsource.Binding

// Rules returns the flag-configured rule analyzers in the order they
// report.
func Rules() []*analysis.Analyzer { return slices.Clone(ignores.Analyzer.Requires) }

// Analyzers returns the flag-configured rule analyzers and the ignores
// analyzer over them: what the vet tool runs.
func Analyzers() []*analysis.Analyzer { return append(Rules(), ignores.Analyzer) }

// Bind returns every rule analyzer bound to b, and the ignores analyzer
// over them.
func Bind(b Binding) []*analysis.Analyzer {
	var rules []*analysis.Analyzer
	for _, r := range Rules() {
		rules = append(rules, BindRule(r, b))
	}
	return append(rules, ignores.New(rules...))
}

// BindRule returns a new analyzer of the rule of a (one of Rules, or one
// bound already) bound to b. It panics when a is no rule analyzer: the
// ignores analyzer counts the rules it is given (ignores.New).
func BindRule(a *analysis.Analyzer, b Binding) *analysis.Analyzer {
	bound, ok := specsource.Bind(a, b)
	if !ok {
		panic(fmt.Sprintf("suite.BindRule: %s is not a rule analyzer", a.Name))
	}
	return bound
}

// WithRequired returns the analyzers and everything they require, each
// once, each before what it requires.
func WithRequired(roots []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func([]*analysis.Analyzer)
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
				visit(a.Requires)
			}
		}
	}
	visit(roots)
	return out
}
