package suite

import (
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/boundary"
)

// TestIgnoresCoversRules fails when a rule is missing from the Requires of
// ignores.Analyzer: its directives would be reported as silencing nothing.
func TestIgnoresCoversRules(t *testing.T) {
	rules := Rules()
	if len(ignores.Analyzer.Requires) != len(rules) {
		t.Fatalf("ignores.Analyzer requires %d analyzers, suite has %d rules", len(ignores.Analyzer.Requires), len(rules))
	}
	for i, r := range rules {
		if ignores.Analyzer.Requires[i] != r.Analyzer {
			t.Errorf("ignores.Analyzer.Requires[%d] is %s, want %s", i, ignores.Analyzer.Requires[i].Name, r.Analyzer.Name)
		}
	}
}

func TestBindMatchesAnalyzers(t *testing.T) {
	spec, err := boundary.Parse("boundaries.yaml", []byte("version: 1\nmodule: example.com/m\ncomponents:\n  a:\n    packages: [a/...]\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	bound, configured := Bind(spec), Analyzers()
	if len(bound) != len(configured) {
		t.Fatalf("Bind gives %d analyzers, Analyzers %d", len(bound), len(configured))
	}
	for i := range bound {
		if bound[i].Name != configured[i].Name || bound[i] == configured[i] {
			t.Errorf("analyzer %d: bound %s (%p), configured %s (%p): want the same name and a new analyzer", i, bound[i].Name, bound[i], configured[i].Name, configured[i])
		}
	}
}
