package imports_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
	"github.com/boundarylint/boundarylint/finding"
)

// TestRules covers every import rule and its traps on one monolith.
func TestRules(t *testing.T) {
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries.yaml", ""))
	fixture.Run(t, a,
		"example.com/mono/users/...", "example.com/mono/platform/...", "example.com/mono/payments/...",
		"example.com/mono/inventory/...", "example.com/mono/billing/...", "example.com/mono/billingx/...",
		"example.com/mono/orders/checkout", "example.com/mono/orders/events", "example.com/mono/orders/suppressed",
		"example.com/mono/legacy/...", "example.com/mono/cmd/...", "github.com/...",
		"example.com/mono/left/...", "example.com/mono/right/...", "example.com/mono/ma/...", "example.com/mono/mb/...")
}

func TestTestsExempt(t *testing.T) {
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries_exempt.yaml", ""))
	fixture.Run(t, a, "example.com/mono/orders/exempt")
}

func TestUnassignedDeny(t *testing.T) {
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries_other.yaml", ""))
	fixture.Run(t, a, "example.com/other/...")
}

// TestSpecFlag runs the flag-configured Analyzer, as go vet and nogo do.
func TestSpecFlag(t *testing.T) {
	fixture.SpecFlag(t, imports.Analyzer, "boundaries.yaml")
	results := fixture.Run(t, imports.Analyzer, "example.com/mono/payments/webhook")
	if len(results) == 0 || len(results[0].Diagnostics) != 2 {
		t.Fatalf("want two diagnostics from the spec named by -spec (the forbidden import and the cycle it closes), got %v", results)
	}
}

func TestIgnores(t *testing.T) {
	a := ignores.New(fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries.yaml", "")))
	fixture.Run(t, a, "example.com/mono/orders/stale")
}

// TestExcludedFiles: the direct rules read the files the build's
// constraints exclude (a //go:build release file and its test, an
// _windows.go file, a suppressed _plan9.go import), but not a //go:build
// ignore program of another package. analysistest reads // want comments
// in built files only, so the expected findings are the lines marked
// "// finding: RULE".
func TestExcludedFiles(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "src", "example.com", "mono", "orders", "tagged")
	want := map[string]string{} // file:line -> rule
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if _, rule, ok := strings.Cut(line, "// finding: "); ok {
				want[fmt.Sprintf("%s:%d", e.Name(), i+1)] = rule
			}
		}
	}
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries.yaml", ""))
	got := map[string]string{}
	for _, r := range analysistest.Run(fixture.Quiet(t), analysistest.TestData(), a, "example.com/mono/orders/tagged") {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			got[fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)] = d.Category
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("findings in excluded files: got %v, want %v", got, want)
	}
}

// TestMain fails when a rule of imports has no fixture.
func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "imports")) }

// TestCycleTangle: a strongly connected set of four components with a
// loop of two and a longer loop is reported once, at an import to break,
// naming the loop of two and the imports whose removal breaks every loop
// with their file:line, in a short message; the chain lists every edge.
func TestCycleTangle(t *testing.T) {
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries_tangle.yaml", ""))
	if err := a.Flags.Set("findings", "true"); err != nil {
		t.Fatal(err)
	}
	results := fixture.Run(t, a, "example.com/tangle/...")
	var cycles []finding.Finding
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, rel := range d.Related {
				if f, ok, err := finding.Decode(rel.Message); ok && err == nil && f.Rule == finding.ImportsCycle {
					cycles = append(cycles, f)
				}
			}
		}
	}
	if len(cycles) != 1 {
		t.Fatalf("%d cycle findings, want one for the whole set", len(cycles))
	}
	f := cycles[0]
	if len(f.Message) >= 2000 {
		t.Errorf("the message is %d characters, want under 2,000", len(f.Message))
	}
	if len(f.Chain) != 5 || !slices.Contains(f.Chain, "a -> b: a/x imports b/x (allowed)") || !slices.Contains(f.Chain, "d -> a: d/y imports a/y (break)") {
		t.Errorf("chain %q; want the five edges, a -> b allowed and d -> a to break", f.Chain)
	}
}

// TestAPINotes: with -findings, as drivers run it, each api package is an
// imports/api note carrying its exported declarations as Go and the
// component's private packages they expose. go vet analyses a package
// with tests of its own only as its test variant, and analysistest
// analyses both: each describes the package without what its _test.go
// files declare. A private package, an external test package and the
// packages of a component without an api key get no note (their files
// have no // want for one).
func TestAPINotes(t *testing.T) {
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries_api.yaml", ""))
	if err := a.Flags.Set("findings", "true"); err != nil {
		t.Fatal(err)
	}
	got := map[string][]finding.APIPackage{} // by the unit's package ID
	for _, r := range fixture.Run(t, a, "example.com/mono/catalog/...", "example.com/mono/inventory/...") {
		for _, d := range r.Diagnostics {
			if d.Category != finding.ImportsAPI {
				continue
			}
			p, ok, err := finding.DecodeAPIPackage(d.Related[0].Message)
			if !ok || err != nil {
				t.Fatalf("%s: the note carries no api package: %q (%v)", r.Pass.Fset.Position(d.Pos), d.Related[0].Message, err)
			}
			id := r.Pass.Pkg.Path()
			if len(r.Pass.Files) > 1 {
				id += " [test]" // with export_test.go
			}
			got[id] = append(got[id], p)
		}
	}
	apiPkg := finding.APIPackage{Path: "catalog/api", Decls: []string{
		"var Default *store.Item",
		"const Limit untyped int = 10",
		"func New(s *store.Store) *Service",
		"type Finder interface {\n\tFind(id ID) (store.Item, error)\n}",
		"type ID = string",
		"type Page[T any, K comparable] struct {\n\tItems []T\n\tNext  K\n}",
		"type Pages[K comparable] = Page[store.Item, K]",
		"type Service struct {\n\tStore *store.Store\n\t// unexported fields\n}\n\nfunc (*Service) Find(id ID) (store.Item, error)",
	}, Private: []string{"catalog/store"}}
	want := map[string][]finding.APIPackage{
		"example.com/mono/catalog/api":        {apiPkg},
		"example.com/mono/catalog/api [test]": {apiPkg},
		"example.com/mono/catalog/client":     {{Path: "catalog/client", Decls: []string{"func Dial(addr string) (*api.Service, error)"}}},
	}
	if !maps.EqualFunc(got, want, func(a, b []finding.APIPackage) bool {
		return slices.EqualFunc(a, b, func(x, y finding.APIPackage) bool {
			return x.Path == y.Path && slices.Equal(x.Decls, y.Decls) && slices.Equal(x.Private, y.Private)
		})
	}) {
		t.Errorf("api notes:\n got %q\nwant %q", got, want)
	}
}

// TestAPINoteOnlyForDrivers: without -findings (go vet, golangci-lint,
// nogo) an api package reports no note; payments/api has no // want for
// one, so analysistest fails too if it does.
func TestAPINoteOnlyForDrivers(t *testing.T) {
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries.yaml", ""))
	for _, r := range fixture.Run(t, a, "example.com/mono/payments/api") {
		for _, d := range r.Diagnostics {
			if d.Category == finding.ImportsAPI {
				t.Errorf("%s: api note without -findings: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}
