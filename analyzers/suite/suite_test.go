package suite

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modscan"
)

// TestBindMatchesAnalyzers: Bind gives, for each analyzer Analyzers
// lists, a new analyzer of the same name with the same flags (go vet's and
// nogo's settings), and binding a bound rule again works too.
func TestBindMatchesAnalyzers(t *testing.T) {
	spec, err := boundary.Parse("boundaries.yaml", []byte("version: 1\nmodule: example.com/m\ncomponents:\n  a:\n    packages: [a/...]\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	bound, configured := Bind(Binding{Spec: spec}), Analyzers()
	if len(bound) != len(configured) {
		t.Fatalf("Bind gives %d analyzers, Analyzers %d", len(bound), len(configured))
	}
	for i := range bound {
		if bound[i].Name != configured[i].Name || bound[i] == configured[i] {
			t.Errorf("analyzer %d: bound %s (%p), configured %s (%p): want the same name and a new analyzer", i, bound[i].Name, bound[i], configured[i].Name, configured[i])
		}
		if got, want := flagNames(bound[i]), flagNames(configured[i]); !slices.Equal(got, want) {
			t.Errorf("%s: bound flags %q, configured %q", bound[i].Name, got, want)
		}
	}
	for _, r := range bound[:len(bound)-1] {
		if again := BindRule(r, Binding{Spec: spec}); again == r || again.Name != r.Name {
			t.Errorf("binding bound %s again: %p, %s", r.Name, again, again.Name)
		}
	}
	defer func() {
		if recover() == nil {
			t.Errorf("BindRule(ignores.Analyzer) did not panic: ignores is no rule")
		}
	}()
	BindRule(ignores.Analyzer, Binding{Spec: spec})
}

func flagNames(a *analysis.Analyzer) []string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

// TestKeyCoversTheBinding: the cache key changes with the spec's content,
// the baseline's and the module's component cycles, and only with them.
func TestKeyCoversTheBinding(t *testing.T) {
	parse := func(text string) *boundary.Spec {
		spec, err := boundary.Parse("boundaries.yaml", []byte(text), "")
		if err != nil {
			t.Fatal(err)
		}
		return spec
	}
	const text = "version: 1\nmodule: example.com/m\ncomponents:\n  a:\n    packages: [a/...]\n  b:\n    packages: [b/...]\n    depends_on: [a]\n"
	spec := parse(text)
	cyclic := &modscan.Graph{Module: "example.com/m", Imports: map[string][]string{"example.com/m/a": {"example.com/m/b"}, "example.com/m/b": {"example.com/m/a"}}}
	keys := map[string]string{}
	for name, b := range map[string]Binding{
		"spec":           {Spec: spec},
		"edited spec":    {Spec: parse(text + "# edited\n")},
		"baseline":       {Spec: spec, Baseline: &baseline.Baseline{Hash: "1"}},
		"other baseline": {Spec: spec, Baseline: &baseline.Baseline{Hash: "2"}},
		"cyclic graph":   {Spec: spec, Graph: cyclic},
	} {
		k := b.Key()
		if other, ok := keys[k]; ok {
			t.Errorf("%s and %s have the same key %q", name, other, k)
		}
		keys[k] = name
	}
	if a, b := (Binding{Spec: spec}).Key(), (Binding{Spec: spec, Findings: true, GraphFile: "g"}).Key(); a != b {
		t.Errorf("findings and the graph file changed the key: %q, %q", a, b)
	}
}

// analyzerPages are the docs pages that tell each analyzer's story.
var analyzerPages = map[string]string{
	"imports": "imports.md", "config": "config.md", "tx": "tx.md", "ctxstate": "ctxstate.md", "remote": "remote.md", "endpoints": "endpoints.md", "ignores": "baseline.md",
}

// TestDocsNameEveryRule keeps the registry and the documentation in step:
// each analyzer's Doc (which `boundarylint help ANALYZER` prints) and its
// docs page name every rule ID and unread kind of the registry, and every
// ID the README or a docs page names is in it.
func TestDocsNameEveryRule(t *testing.T) {
	docs := map[string]string{ignores.Analyzer.Name: ignores.Analyzer.Doc}
	for _, r := range Rules() {
		docs[r.Name] = r.Doc
	}
	pages := map[string]string{} // analyzer -> its page's text
	var all strings.Builder      // README and every page
	for _, name := range []string{"README.md", "docs/imports.md", "docs/config.md", "docs/tx.md", "docs/ctxstate.md", "docs/remote.md", "docs/endpoints.md", "docs/baseline.md", "docs/spec.md", "docs/commands.md", "docs/library.md"} {
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
	id := regexp.MustCompile("`((?:imports|config|tx|ctxstate|remote|endpoints|ignores)/[a-z-]+)`")
	for _, m := range id.FindAllStringSubmatch(all.String(), -1) {
		if _, ok := documented[m[1]]; !ok {
			t.Errorf("the docs name rule %s, which is not in the registry", m[1])
		}
	}
}
