package driver

import (
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
)

// TestApplyBaselineStale: an entry is stale only in a package the run
// checked (an external test package counts as its package), and every
// finding the baseline covers is marked.
func TestApplyBaselineStale(t *testing.T) {
	f := func(pkg, subject string) finding.Finding {
		return finding.Finding{Rule: finding.ImportsPrivate, FromPackage: pkg, Subject: finding.Subject{Kind: finding.SubjectImport, Name: subject}}
	}
	b := baseline.FromFindings([]finding.Finding{
		f("example.com/m/a", "x"), f("example.com/m/a", "x"), // one of them fixed
		f("example.com/m/a_test", "y"), // fixed
		f("example.com/m/b", "z"),      // not checked by this run
	})
	pkgs := checkedPackages([]*listedPackage{
		{ImportPath: "example.com/m/a"},
		{ImportPath: "example.com/m/a [example.com/m/a.test]", ForTest: "example.com/m/a"},
		{ImportPath: "example.com/m/b", DepOnly: true},
		{ImportPath: "example.com/m/a.test"},
	})
	if want := []string{"example.com/m/a"}; !slices.Equal(pkgs, want) {
		t.Fatalf("checkedPackages = %q, want %q", pkgs, want)
	}
	r := &Result{Findings: []finding.Finding{f("example.com/m/a", "x")}, Packages: pkgs}
	stale := r.ApplyBaseline(b)
	if !r.Findings[0].Baselined {
		t.Errorf("the finding the baseline holds is not marked")
	}
	var got []string
	for _, s := range stale {
		got = append(got, s.FromPackage+" "+s.Subject)
	}
	if want := []string{"example.com/m/a x", "example.com/m/a_test y"}; !slices.Equal(got, want) {
		t.Errorf("stale = %q, want %q", got, want)
	}
	if r.ApplyBaseline(nil); r.Findings[0].Baselined {
		t.Errorf("without a baseline the finding is still marked")
	}
	r.Analyzers = []string{"config"}
	if stale := r.ApplyBaseline(b); len(stale) != 0 {
		t.Errorf("a run without the imports analyzer reports its entries stale: %+v", stale)
	}
}

// TestRanAnalyzers follows the checker's selection flags.
func TestRanAnalyzers(t *testing.T) {
	for flags, want := range map[string]string{
		"":                               "config ctxstate ignores imports tx",
		"-imports":                       "imports",
		"-imports=true --tx":             "imports tx",
		"-config=false -tx.debug=x":      "ctxstate ignores imports tx",
		"-imports -config=false -nosuch": "imports",
	} {
		if got := strings.Join(ranAnalyzers(strings.Fields(flags)), " "); got != want {
			t.Errorf("ranAnalyzers(%q) = %q, want %q", flags, got, want)
		}
	}
}

func TestDecodeVetJSON(t *testing.T) {
	out := `{}
{"example.com/m/a [example.com/m/a.test]": {"imports": [{"category": "imports/private", "posn": "/m/a/a.go:3:2", "message": "bad"}]}}
{"example.com/m/a": {"imports": [{"category": "imports/private", "posn": "/m/a/a.go:3:2", "message": "bad"}], "ignores": [{"posn": "/m/a/a.go:4:1", "message": "unused"}]}}
`
	got, err := decodeVetJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	got = sortFindings(got)
	if len(got) != 2 {
		t.Fatalf("want the test variant's repeat dropped, 2 findings; got %+v", got)
	}
	if f := got[0]; f.Rule != "imports/private" || f.FromPackage != "example.com/m/a" || f.Pos.Line != 3 || f.Pos.Column != 2 || f.Pos.File != "/m/a/a.go" {
		t.Errorf("first finding = %+v", f)
	}
	if f := got[1]; f.Rule != "ignores" || f.Analyzer != "ignores" {
		t.Errorf("a finding without a category: rule %q, analyzer %q", f.Rule, f.Analyzer)
	}

	_, err = decodeVetJSON(strings.NewReader(`{"example.com/m/a": {"imports": {"error": "spec: boom"}}}`))
	if err == nil || !strings.Contains(err.Error(), "spec: boom") {
		t.Errorf("an analyzer error must fail the run; got %v", err)
	}
}
