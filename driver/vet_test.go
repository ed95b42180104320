package driver

import (
	"encoding/json"
	"slices"
	"strconv"
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

// TestApplyBaselineGonePackage: an entry of a package the module no longer
// has is stale whatever the run's patterns; one of a package that exists
// but that the run did not check is not.
func TestApplyBaselineGonePackage(t *testing.T) {
	f := func(pkg string) finding.Finding {
		return finding.Finding{Rule: finding.ImportsPrivate, FromPackage: pkg, Subject: finding.Subject{Kind: finding.SubjectImport, Name: "x"}}
	}
	b := baseline.FromFindings([]finding.Finding{f("example.com/m/gone"), f("example.com/m/gone_test"), f("example.com/m/b")})
	r := &Result{Packages: []string{"example.com/m/a"}, Existing: []string{"example.com/m/a", "example.com/m/b"}}
	var got []string
	for _, s := range r.ApplyBaseline(b) {
		got = append(got, s.FromPackage)
	}
	if want := []string{"example.com/m/gone", "example.com/m/gone_test"}; !slices.Equal(got, want) {
		t.Errorf("stale = %q, want %q", got, want)
	}
}

// TestRanAnalyzers follows the checker's selection flags.
func TestRanAnalyzers(t *testing.T) {
	for flags, want := range map[string]string{
		"":                               "config ctxstate events ignores imports remote tx",
		"-imports":                       "imports",
		"-imports=true --tx":             "imports tx",
		"-config=false -tx.debug=x":      "ctxstate events ignores imports remote tx",
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
	decoded, err := decodeVetJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	got := sortFindings(decoded.findings)
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

// TestDecodeUnread: an unread note is counted, not listed as a finding,
// once per place although the package and its test variant both carry it.
func TestDecodeUnread(t *testing.T) {
	note := func(line int) string {
		u := finding.Unread{Kind: finding.TxUnread, Package: "example.com/m/a", Pos: finding.Position{File: "/m/a/a.go", Line: line, Column: 5}}
		b, _ := json.Marshal(finding.EncodeUnread(u))
		return `{"category": "tx/unread", "posn": "/m/a/a.go:` + strconv.Itoa(line) + `:5", "message": "not checked", "related": [{"message": ` + string(b) + `}]}`
	}
	out := `{"example.com/m/a": {"tx": [` + note(3) + `]}}
{"example.com/m/a [example.com/m/a.test]": {"tx": [` + note(3) + `, ` + note(9) + `]}}
`
	decoded, err := decodeVetJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(decoded.findings) != 0 {
		t.Errorf("unread notes decoded as findings: %+v", decoded.findings)
	}
	counts := finding.CountUnread(decoded.unread)
	if len(counts) != 1 || counts[0].Package != "example.com/m/a" || len(counts[0].At) != 2 || counts[0].At[0].Line != 3 || counts[0].At[1].Line != 9 {
		t.Errorf("counts = %+v, want example.com/m/a with lines 3 and 9", counts)
	}
	if _, err := decodeVetJSON(strings.NewReader(`{"example.com/m/a": {"tx": [{"posn": "/m/a/a.go:3:5", "related": [{"message": "boundarylint-unread:{"}]}]}}`)); err == nil {
		t.Error("a malformed note must fail the run")
	}
}

// TestDecodeEndpoints: endpoint notes are no findings; SortEndpoints keeps
// each registration once (a package and its test variant both carry it)
// and drops the relative version of a route a caller reported in full.
func TestDecodeEndpoints(t *testing.T) {
	note := func(path string, relative bool) string {
		e := finding.Endpoint{Kind: "http", Library: "chi", Method: "GET", Path: path, Relative: relative, Handler: "orders.Show",
			HandlerPackage: "example.com/m/orders", Package: "example.com/m/orders", Pos: finding.Position{File: "/m/orders/routes.go", Line: 7, Column: 2}}
		b, _ := json.Marshal(finding.EncodeEndpoint(e))
		return `{"category": "endpoints/endpoint", "posn": "/m/orders/routes.go:7:2", "message": "endpoint", "related": [{"message": ` + string(b) + `}]}`
	}
	out := `{"example.com/m/orders": {"endpoints": [` + note("/{id}", true) + `]}}
{"example.com/m/orders [example.com/m/orders.test]": {"endpoints": [` + note("/{id}", true) + `]}}
{"example.com/m/cmd": {"endpoints": [` + note("/orders/{id}", false) + `]}}
`
	decoded, err := decodeVetJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(decoded.findings) != 0 {
		t.Errorf("endpoint notes decoded as findings: %+v", decoded.findings)
	}
	got := finding.SortEndpoints(decoded.endpoints)
	if len(got) != 1 || got[0].Path != "/orders/{id}" || got[0].Relative {
		t.Errorf("endpoints = %+v, want GET /orders/{id} once", got)
	}
	if got := finding.SortEndpoints(decoded.endpoints[:2]); len(got) != 1 || got[0].Path != "/{id}" || !got[0].Relative {
		t.Errorf("without a caller: %+v, want the relative route once", got)
	}
}

// TestDecodeAPIs: api notes are no findings, and each api package is
// kept once, by path, although a package and its test variant both
// describe it.
func TestDecodeAPIs(t *testing.T) {
	note := func(path string, decls ...string) string {
		b, _ := json.Marshal(finding.EncodeAPIPackage(finding.APIPackage{Path: path, Decls: decls}))
		return `{"category": "imports/api", "posn": "/m/` + path + `/a.go:1:9", "message": "api package ` + path + `", "related": [{"message": ` + string(b) + `}]}`
	}
	out := `{"example.com/m/b/api [example.com/m/b/api.test]": {"imports": [` + note("b/api", "func B()") + `]}}
{"example.com/m/a/api": {"imports": [` + note("a/api", "func A()", "type T int") + `]}}
{"example.com/m/b/api": {"imports": [` + note("b/api", "func B()") + `]}}
`
	decoded, err := decodeVetJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(decoded.findings) != 0 {
		t.Errorf("api notes decoded as findings: %+v", decoded.findings)
	}
	got := sortAPIs(decoded.apis)
	if len(got) != 2 || got[0].Path != "a/api" || len(got[0].Decls) != 2 || got[1].Path != "b/api" || !slices.Equal(got[1].Decls, []string{"func B()"}) {
		t.Errorf("api packages = %+v, want a/api and b/api once each", got)
	}
	if _, err := decodeVetJSON(strings.NewReader(`{"example.com/m/a": {"imports": [{"posn": "/m/a/a.go:1:9", "related": [{"message": "boundarylint-api:{"}]}]}}`)); err == nil {
		t.Error("a malformed api note must fail the run")
	}
}

// TestSortEndpointsTests: a test that registers production routes in full
// neither completes nor replaces production's own reports of them.
func TestSortEndpointsTests(t *testing.T) {
	at := finding.Position{File: "/m/routes/routes.go", Line: 7, Column: 2}
	got := finding.SortEndpoints([]finding.Endpoint{
		{Kind: "http", Method: "GET", Path: "/api/x", Handler: "routes.X", Pos: at, Test: true},
		{Kind: "http", Method: "GET", Path: "/x", Relative: true, Handler: "routes.X", Pos: at},
		{Kind: "http", Method: "GET", Path: "/api/x", Handler: "routes.X", Pos: at},
		{Kind: "http", Method: "GET", Path: "/fake", Handler: "routes.Fake", Pos: finding.Position{File: "/m/routes/x_test.go", Line: 3}, Test: true},
	})
	if len(got) != 2 || got[0].Path != "/api/x" || got[0].Test || got[1].Path != "/fake" || !got[1].Test {
		t.Errorf("got %+v, want production's GET /api/x and the test's own /fake", got)
	}
	got = finding.SortEndpoints([]finding.Endpoint{
		{Kind: "http", Method: "GET", Path: "/api/x", Handler: "routes.X", Pos: at, Test: true},
		{Kind: "http", Method: "GET", Path: "/x", Relative: true, Handler: "routes.X", Pos: at},
	})
	if len(got) != 2 || !got[1].Relative || got[1].Test {
		t.Errorf("got %+v, want production's relative /x kept beside the test's", got)
	}
}
