package drift

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/internal/golden"
	"github.com/boundarylint/boundarylint/modspec"
)

const m = "example.com/monolith/"

func private(from, to string, line int) finding.Finding {
	return finding.Finding{Rule: finding.ImportsPrivate, FromPackage: m + from, FromComponent: "orders", ToComponent: "payments", ToPackage: m + to,
		Pos: finding.Position{RelFile: from + "/x.go", Line: line}, Message: from + " imports private " + to, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + to}}
}

func env(line int) finding.Finding {
	return finding.Finding{Rule: finding.ConfigEnv, FromPackage: m + "internal/orders/checkout", FromComponent: "orders", ToComponent: "payments",
		Pos: finding.Position{RelFile: "internal/orders/checkout/fees.go", Line: line}, Message: "orders reads env STRIPE_SECRET_KEY", Subject: finding.Subject{Kind: finding.SubjectEnv, Name: "STRIPE_SECRET_KEY"}}
}

// testEnv is env(line) in a test file of the same package.
func testEnv(line int) finding.Finding {
	f := env(line)
	f.Pos.RelFile, f.Test = "internal/orders/checkout/fees_test.go", true
	return f
}

func loadSpec(t *testing.T) *boundary.Spec {
	t.Helper()
	spec, err := modspec.Load(filepath.Join("..", "..", "testdata", "monolith", "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

// Before: two private imports of the ledger from one package, one env
// read and one in a test of the same package (same key). After: one of the
// two fixed, the env read moved to another line (not churn), a second env
// read in the test (new, in its own table after the others), a new private
// import of store, a new undeclared edge and a new unclaimed package.
func TestCompare(t *testing.T) {
	spec := loadSpec(t)
	ordersPayments := finding.Edge{From: "orders", To: "payments", Imports: []finding.Import{{From: m + "internal/orders/service", To: m + "internal/payments/ledger"}}}
	before := Take(spec, []finding.Finding{
		private("internal/orders/service", "internal/payments/ledger", 12),
		private("internal/orders/service", "internal/payments/ledger", 30),
		env(14),
		testEnv(3),
	}, []finding.Edge{ordersPayments}, []string{"internal/legacy/reports"}, 3)
	after := Take(spec, []finding.Finding{
		private("internal/orders/service", "internal/payments/ledger", 12),
		private("internal/orders/reconcile", "internal/payments/store", 9),
		env(40),
		testEnv(3),
		testEnv(9),
	}, []finding.Edge{ordersPayments, {From: "inventory", To: "orders", Imports: []finding.Import{{From: m + "internal/inventory/stock", To: m + "internal/orders/model"}}}},
		[]string{"internal/legacy/reports", "internal/legacy/export"}, 2)
	ep := func(method, path, handler, pkg string) finding.Endpoint {
		return finding.Endpoint{Kind: "http", Method: method, Path: path, Handler: handler, HandlerPackage: m + pkg}
	}
	before.AddEndpoints(spec, []finding.Endpoint{
		ep("POST", "/payments/charges", "(*httpapi.Handler).Charge", "internal/payments/httpapi"),
		ep("GET", "/payments/legacy", "httpapi.Legacy", "internal/payments/httpapi"),
	})
	after.AddEndpoints(spec, []finding.Endpoint{
		ep("POST", "/payments/charges", "(*httpapi.Handler).Charge", "internal/payments/httpapi"),
		ep("POST", "/payments/charges", "(*httpapi.Handler).Charge", "internal/payments/httpapi"), // a repeat counts once
		ep("GET", "/orders/{id}", "httpapi.Show", "internal/orders/httpapi"),
		{Kind: "http", Method: "GET", Path: "/fake", Handler: "httpapi.Fake", HandlerPackage: m + "internal/orders/httpapi", Test: true},
	})
	r := Compare(before, after)
	if r.Endpoints != 2 || len(r.NewEndpoints) != 1 || len(r.GoneEndpoints) != 1 {
		t.Errorf("endpoints %d, added %v, removed %v; want 2, orders' GET /orders/{id}, payments' GET /payments/legacy", r.Endpoints, r.NewEndpoints, r.GoneEndpoints)
	}
	if r.New != 2 || r.Fixed != 1 || r.Remaining != 3 || !r.Worse {
		t.Errorf("new %d fixed %d remaining %d worse %v; want 2 1 3 true", r.New, r.Fixed, r.Remaining, r.Worse)
	}
	if last := r.Pairs[len(r.Pairs)-1]; !last.Test || last.Rule != finding.ConfigEnv || last.New != 1 || last.Remaining != 1 {
		t.Errorf("last pair %+v, want the test code's config/env, 1 new, 1 remaining", last)
	}
	var md bytes.Buffer
	if err := r.Markdown(&md, "since v1.4"); err != nil {
		t.Fatal(err)
	}
	js, _ := json.MarshalIndent(r, "", "  ")
	golden.Check(t, filepath.Join("testdata", "report.md"), md.String())
	golden.Check(t, filepath.Join("testdata", "report.json"), string(js)+"\n")
	golden.Check(t, filepath.Join("testdata", "snapshot.json"), string(after.Encode()))
	if len(r.NewFindings) != 2 || r.NewFindings[0].File != "internal/orders/reconcile/x.go" || r.NewFindings[0].Line != 9 ||
		!r.NewFindings[1].Test || r.NewFindings[1].Line != 9 {
		t.Errorf("new findings %+v; want the private import of store at internal/orders/reconcile/x.go:9, then the test's second env read", r.NewFindings)
	}
	if len(r.FixedFindings) != 1 || r.FixedFindings[0].Line != 30 {
		t.Errorf("fixed findings %+v; want the last of the two ledger imports, line 30", r.FixedFindings)
	}
	if same := Compare(after, after); same.Worse || same.New+same.Fixed != 0 {
		t.Errorf("a snapshot compared with itself: %+v", same)
	}
}

// TestCompareCapsTheList: a long list names MaxListed findings, new
// first, and counts the rest, in Markdown and in JSON.
func TestCompareCapsTheList(t *testing.T) {
	spec := loadSpec(t)
	var now []finding.Finding
	for i := range MaxListed + 7 {
		now = append(now, env(i+1))
	}
	r := Compare(Take(spec, []finding.Finding{env(1)}, nil, nil, -1), Take(spec, now, nil, nil, -1))
	if len(r.NewFindings) != MaxListed || r.NewOmitted != 6 {
		t.Errorf("%d new listed, %d omitted; want %d and 6", len(r.NewFindings), r.NewOmitted, MaxListed)
	}
	var md bytes.Buffer
	if err := r.Markdown(&md, "since v1.4"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "New findings (56):") || !strings.Contains(md.String(), "… and 6 more") {
		t.Errorf("the Markdown report does not cap the list with a count:\n%s", md.String())
	}
}

func TestLoadBadSnapshot(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, data, want string }{
		{"corrupt", "{\"version\": 1,\n \"findings\": [}", "not a boundarylint drift snapshot: line 2"},
		{"truncated", `{"version": 1, "findings": [`, "not a boundarylint drift snapshot"},
		{"another version", `{"version": 4}`, "snapshot format version 4; this boundarylint reads versions 1 to 3"},
		{"not a snapshot", `{"version": 1, "entries": []}`, `unknown field "entries"`},
		{"a baseline", `{"version": 1, "findings": []}`, `not a boundarylint drift snapshot: no "spec_hash" field`},
		{"version alone", `{"version":1}`, `no "spec_hash" field`},
		{"trailing data", full(`"kind": "boundarylint drift snapshot"`) + "\n{}", "data after the snapshot"},
		{"another kind", full(`"kind": "golangci-lint report"`), `kind "golangci-lint report"`},
		{"another module", full(`"module": "example.com/other"`), "a snapshot of module example.com/other, not of example.com/monolith"},
		{"negative count", full(`"findings": [{"rule": "config/env", "count": -1}]`), "counted -1 times"},
		{"negative baseline", full(`"baseline": -2`), "baseline size -2"},
		{"negative imports", full(`"edges": [{"from": "a", "to": "b", "imports": -1, "declared": false}]`), "with -1 imports"},
	} {
		path := filepath.Join(dir, c.name+".json")
		if err := os.WriteFile(path, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(path, "example.com/monolith")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

func TestSnapshotRoundTrip(t *testing.T) {
	s := Take(loadSpec(t), []finding.Finding{env(1), env(2)}, nil, nil, -1)
	s.AddEndpoints(loadSpec(t), []finding.Endpoint{{Kind: "http", Method: "GET", Path: "/x", Handler: "httpapi.X", HandlerPackage: m + "internal/payments/httpapi"}})
	path := filepath.Join(t.TempDir(), "s.json")
	if err := os.WriteFile(path, s.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path, "example.com/monolith")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Encode(), s.Encode()) {
		t.Errorf("round trip changed the snapshot:\n%s\n%s", got.Encode(), s.Encode())
	}
}

// TestCompareVersion1: a snapshot of version 1 counted findings in test
// code with the others; compared with one, nothing moves between the two.
func TestCompareVersion1(t *testing.T) {
	spec := loadSpec(t)
	old := Take(spec, []finding.Finding{env(14), env(3)}, nil, nil, -1)
	old.Version = 1
	now := Take(spec, []finding.Finding{env(14), testEnv(3)}, nil, nil, -1)
	if r := Compare(old, now); r.New != 0 || r.Fixed != 0 || r.Remaining != 2 || r.Worse {
		t.Errorf("new %d fixed %d remaining %d worse %v; want 0 0 2 false", r.New, r.Fixed, r.Remaining, r.Worse)
	}
	if r := Compare(old, now); !r.EndpointsUnknown || len(r.NewEndpoints) != 0 {
		t.Errorf("a version 1 snapshot recorded no endpoints: unknown %v, added %v; want unknown, none added", r.EndpointsUnknown, r.NewEndpoints)
	}
	if r := Compare(now, now); r.Pairs[len(r.Pairs)-1].Test != true {
		t.Errorf("pairs %+v: the test code's pair is not apart", r.Pairs)
	}
}

// full is a snapshot with every field, one of them set by field.
func full(field string) string {
	fields := map[string]string{"version": "1", "spec_hash": `"x"`, "findings": "[]", "edges": "[]", "unused_depends_on": "[]", "unclaimed": "[]", "baseline": "-1"}
	name, value, _ := strings.Cut(field, ":")
	fields[strings.Trim(name, `"`)] = strings.TrimSpace(value)
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		parts = append(parts, fmt.Sprintf("%q: %s", k, fields[k]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// TestMarkdownEscapesLineBreaks: a config key, a file name and a package
// holding line breaks and pipes (from the code: the spec's own names
// cannot) print on their line, escaped as the text output escapes them,
// and neither start a line nor split a table cell.
func TestMarkdownEscapesLineBreaks(t *testing.T) {
	spec := loadSpec(t)
	odd := finding.Finding{Rule: finding.ConfigKey, FromPackage: m + "internal/orders/checkout", FromComponent: "orders", ToComponent: "payments",
		Pos:     finding.Position{RelFile: "internal/orders/checkout/odd\n| x.go", Line: 3},
		Message: "orders reads config key payments.a\r\n| injected |, owned by component payments", Subject: finding.Subject{Kind: finding.SubjectConfig, Name: "payments.a\r\n| injected |"}}
	before := Take(spec, nil, nil, nil, 0)
	after := Take(spec, []finding.Finding{odd}, nil, []string{"internal/odd\n| pkg"}, 0)
	var md bytes.Buffer
	if err := Compare(before, after).Markdown(&md, "since v1.4\n| x"); err != nil {
		t.Fatal(err)
	}
	got := md.String()
	for _, want := range []string{`internal/orders/checkout/odd\n| x.go:3: orders reads config key payments.a\r\n| injected |`, `- internal/odd\n| pkg`, `since v1.4\n| x`} {
		if !strings.Contains(got, want) {
			t.Errorf("the report lacks %q, escaped on its line:\n%s", want, got)
		}
	}
	if strings.ContainsRune(got, '\r') || strings.Contains(got, "\n| injected") || strings.Contains(got, "\n| x") || strings.Contains(got, "\n| pkg") {
		t.Errorf("a line break of a key, a file name or a package reached the Markdown:\n%s", got)
	}
}
