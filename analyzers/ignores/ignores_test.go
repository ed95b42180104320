package ignores_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
	"github.com/boundarylint/boundarylint/finding"
)

// withBaseline is the imports analyzer bound to the fixture's spec and
// its baseline, as the plugin binds them.
func withBaseline(t *testing.T) *analysis.Analyzer {
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/m"))
	path, err := filepath.Abs(filepath.Join(analysistest.TestData(), "boundaries.baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("baseline", path); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestBaselineBudget: 2 accepted, 3 found: the third is reported (the
// // want in c.go), the first two are not.
func TestBaselineBudget(t *testing.T) {
	fixture.Run(t, withBaseline(t), "example.com/m/orders/a")
}

// TestStaleBaseline: the entry that matches nothing is reported at the
// package clause; directives without a reason or use are reported.
func TestStaleBaseline(t *testing.T) {
	fixture.Run(t, ignores.New(withBaseline(t)), "example.com/m/orders/b", "example.com/m/orders/directives")
}

// TestUnusedDirectiveFix: an unused directive comes with the fix that
// removes it (-fix, -diff, gopls): its whole line when it is alone there,
// else the comment and the blanks before it; a directive without a reason
// has no certain fix.
func TestUnusedDirectiveFix(t *testing.T) {
	a := fixture.Bind(imports.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/m"))
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ignores.New(a), "example.com/m/orders/directives")
	fixed := 0
	for _, d := range results[0].Diagnostics {
		if len(d.SuggestedFixes) > 0 != (d.Category == finding.IgnoresUnused) {
			t.Errorf("%s: %d fixes, want one exactly for %s", d.Message, len(d.SuggestedFixes), finding.IgnoresUnused)
		}
		fixed += len(d.SuggestedFixes)
	}
	if fixed != 2 {
		t.Errorf("%d fixes, want 2 (the unused directive alone on its line and the trailing one)", fixed)
	}
}

// TestFindingsFlag: with -findings, every diagnostic carries its encoded
// Finding, and baselined findings are reported too, marked.
func TestFindingsFlag(t *testing.T) {
	a := withBaseline(t)
	if err := a.Flags.Set("findings", "true"); err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(discard{t}, analysistest.TestData(), a, "example.com/m/orders/a")
	var got []finding.Finding
	for _, d := range results[0].Diagnostics {
		if len(d.Related) != 1 {
			t.Fatalf("diagnostic %q has %d related entries, want the encoded finding", d.Message, len(d.Related))
		}
		f, ok, err := finding.Decode(d.Related[0].Message)
		if !ok || err != nil {
			t.Fatalf("related entry %q: ok=%v err=%v", d.Related[0].Message, ok, err)
		}
		if f.Rule != d.Category || f.Message != d.Message {
			t.Errorf("finding %+v does not match its diagnostic %q (%s)", f, d.Message, d.Category)
		}
		got = append(got, f)
	}
	if len(got) != 3 {
		t.Fatalf("got %d findings, want all 3 imports of the ledger", len(got))
	}
	for i, f := range got {
		want := finding.Finding{Rule: finding.ImportsPrivate, Analyzer: "imports", FromPackage: "example.com/m/orders/a", FromComponent: "orders",
			ToComponent: "payments", ToPackage: "example.com/m/payments/ledger", SpecPos: "boundaries.yaml:8:5",
			Subject: finding.Subject{Kind: finding.SubjectImport, Name: "example.com/m/payments/ledger"}, Baselined: i < 2}
		wantFile := []string{"a.go", "b.go", "c.go"}[i]
		if f.Key() != want.Key() || f.Analyzer != want.Analyzer || f.FromComponent != want.FromComponent || f.SpecPos != want.SpecPos ||
			f.Baselined != want.Baselined || f.Pos.RelFile != "orders/a/"+wantFile || filepath.Base(f.Pos.File) != wantFile || f.Pos.Line == 0 {
			t.Errorf("finding %d = %+v\nwant %+v in %s", i, f, want, wantFile)
		}
	}
}

// discard lets analysistest run without // want checks.
type discard struct{ *testing.T }

func (discard) Errorf(string, ...any) {}

// TestMain fails when a rule of ignores has no fixture.
func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "ignores")) }
