// Package suite lists boundarylint's rule analyzers in one place, so that
// the vet tool, the golangci-lint plugin and library users run the same set.
// Adding a rule means adding it here and to the Requires of
// ignores.Analyzer; TestIgnoresCoversRules keeps the two in step.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/config"
	"github.com/boundarylint/boundarylint/analyzers/ctxstate"
	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/events"
	"github.com/boundarylint/boundarylint/analyzers/remote"
	"github.com/boundarylint/boundarylint/analyzers/tx"
	"github.com/boundarylint/boundarylint/boundary"
)

// Rule is one rule analyzer: configured by its flags, or bound to a spec.
type Rule struct {
	Analyzer *analysis.Analyzer                      // the flag-configured analyzer
	New      func(*boundary.Spec) *analysis.Analyzer // an analyzer bound to a loaded spec
}

// Rules returns the rule analyzers in the order they report.
func Rules() []Rule {
	return []Rule{
		{imports.Analyzer, imports.New},
		{config.Analyzer, config.New},
		{tx.Analyzer, tx.New},
		{ctxstate.Analyzer, ctxstate.New},
		{remote.Analyzer, remote.New},
		{events.Analyzer, events.New},
	}
}

// Analyzers returns the flag-configured rule analyzers and the ignores
// analyzer over them: what the vet tool runs.
func Analyzers() []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, r := range Rules() {
		out = append(out, r.Analyzer)
	}
	return append(out, ignores.Analyzer)
}

// Bind returns every rule analyzer bound to spec, and the ignores analyzer
// over them.
func Bind(spec *boundary.Spec) []*analysis.Analyzer {
	var rules []*analysis.Analyzer
	for _, r := range Rules() {
		rules = append(rules, r.New(spec))
	}
	return append(rules, ignores.New(rules...))
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
