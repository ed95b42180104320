package imports_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
)

// TestRules covers every import rule and its traps on one monolith.
func TestRules(t *testing.T) {
	a := imports.New(fixture.Spec(t, "boundaries.yaml", ""))
	fixture.Run(t, a,
		"example.com/mono/users/...", "example.com/mono/platform/...", "example.com/mono/payments/...",
		"example.com/mono/inventory/...", "example.com/mono/billing/...", "example.com/mono/billingx/...",
		"example.com/mono/orders/checkout", "example.com/mono/orders/events", "example.com/mono/orders/suppressed",
		"example.com/mono/legacy/...", "example.com/mono/cmd/...", "github.com/...",
		"example.com/mono/left/...", "example.com/mono/right/...", "example.com/mono/ma/...", "example.com/mono/mb/...")
}

func TestTestsExempt(t *testing.T) {
	a := imports.New(fixture.Spec(t, "boundaries_exempt.yaml", ""))
	fixture.Run(t, a, "example.com/mono/orders/exempt")
}

func TestUnassignedDeny(t *testing.T) {
	a := imports.New(fixture.Spec(t, "boundaries_other.yaml", ""))
	fixture.Run(t, a, "example.com/other/...")
}

// TestSpecFlag runs the flag-configured Analyzer, as go vet and nogo do.
func TestSpecFlag(t *testing.T) {
	fixture.SpecFlag(t, imports.Analyzer, "boundaries.yaml")
	results := fixture.Run(t, imports.Analyzer, "example.com/mono/payments/webhook")
	if len(results) == 0 || len(results[0].Diagnostics) != 1 {
		t.Fatalf("want one diagnostic from the spec named by -spec, got %v", results)
	}
}

func TestIgnores(t *testing.T) {
	a := ignores.New(imports.New(fixture.Spec(t, "boundaries.yaml", "")))
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
	a := imports.New(fixture.Spec(t, "boundaries.yaml", ""))
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
