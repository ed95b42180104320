package suite

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
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

// analyzerPages are the docs pages that tell each analyzer's story.
var analyzerPages = map[string]string{
	"imports": "imports.md", "config": "config.md", "tx": "tx.md", "ctxstate": "ctxstate.md", "remote": "remote.md", "events": "events.md", "ignores": "baseline.md",
}

// TestDocsNameEveryRule keeps the registry and the documentation in step:
// each analyzer's Doc (which `boundarylint help ANALYZER` prints) and its
// docs page name every rule ID and unread kind of the registry, and every
// ID the README or a docs page names is in it.
func TestDocsNameEveryRule(t *testing.T) {
	docs := map[string]string{ignores.Analyzer.Name: ignores.Analyzer.Doc}
	for _, r := range Rules() {
		docs[r.Analyzer.Name] = r.Analyzer.Doc
	}
	pages := map[string]string{} // analyzer -> its page's text
	var all strings.Builder      // README and every page
	for _, name := range []string{"README.md", "docs/imports.md", "docs/config.md", "docs/tx.md", "docs/ctxstate.md", "docs/remote.md", "docs/events.md", "docs/baseline.md", "docs/spec.md", "docs/commands.md", "docs/library.md"} {
		data, err := os.ReadFile(filepath.Join("..", "..", name))
		if err != nil {
			t.Fatal(err)
		}
		all.Write(data)
		for analyzer, page := range analyzerPages {
			if name == "docs/"+page {
				pages[analyzer] = string(data)
			}
		}
	}
	documented := map[string]string{} // ID -> analyzer, of every rule and unread kind
	for _, r := range finding.Rules() {
		documented[r.ID] = r.Analyzer
	}
	for _, k := range finding.UnreadKinds() {
		documented[k.ID] = k.Analyzer
	}
	for id, analyzer := range documented {
		doc, ok := docs[analyzer]
		if !ok {
			t.Errorf("%s: analyzer %s is not in the suite", id, analyzer)
		}
		if !strings.Contains(doc, id) {
			t.Errorf("the Doc of analyzer %s does not name %s", analyzer, id)
		}
		if !strings.Contains(pages[analyzer], "`"+id+"`") {
			t.Errorf("docs/%s does not name `%s`", analyzerPages[analyzer], id)
		}
	}
	id := regexp.MustCompile("`((?:imports|config|tx|ctxstate|remote|events|ignores)/[a-z-]+)`")
	for _, m := range id.FindAllStringSubmatch(all.String(), -1) {
		if _, ok := documented[m[1]]; !ok {
			t.Errorf("the docs name rule %s, which is not in the registry", m[1])
		}
	}
}
