package cut

import (
	"bytes"
	"encoding/json"
	"fmt"
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

// findings of the example monolith touching payments, one baselined, one
// a claim of payments that no code uses (under "(spec)"), and one between
// two other components that the list must leave out.
var findings = []finding.Finding{
	{Rule: finding.ImportsPrivate, FromPackage: m + "internal/orders/service", FromComponent: "orders", ToComponent: "payments", ToPackage: m + "internal/payments/ledger",
		Pos: finding.Position{RelFile: "internal/orders/service/service.go", Line: 12}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/payments/ledger"}},
	{Rule: finding.ImportsPrivate, FromPackage: m + "internal/orders/reconcile", FromComponent: "orders", ToComponent: "payments", ToPackage: m + "internal/payments/store", Baselined: true,
		Pos: finding.Position{RelFile: "internal/orders/reconcile/reconcile.go", Line: 9}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/payments/store"}},
	{Rule: finding.ConfigEnv, FromPackage: m + "internal/orders/checkout", FromComponent: "orders", ToComponent: "payments",
		Pos: finding.Position{RelFile: "internal/orders/checkout/fees.go", Line: 14}, Subject: finding.Subject{Kind: finding.SubjectEnv, Name: "STRIPE_SECRET_KEY"}},
	{Rule: finding.ConfigEnv, FromPackage: m + "internal/orders/checkout", FromComponent: "orders", ToComponent: "payments",
		Pos: finding.Position{RelFile: "internal/orders/checkout/fees.go", Line: 20}, Subject: finding.Subject{Kind: finding.SubjectEnv, Name: "STRIPE_SECRET_KEY"}},
	{Rule: finding.TxForeignTable, FromPackage: m + "internal/legacy/reports", ToComponent: "payments",
		Pos: finding.Position{RelFile: "internal/legacy/reports/reports_ledger.go", Line: 7}, Subject: finding.Subject{Kind: finding.SubjectTable, Name: "ledger_entries"}},
	{Rule: finding.ImportsIsolated, FromPackage: m + "internal/payments/store", FromComponent: "payments", ToComponent: "users",
		Pos: finding.Position{RelFile: "internal/payments/store/store.go", Line: 9}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/platform/util"}},
	{Rule: finding.ConfigEnv, FromPackage: m + "internal/orders/service_test", FromComponent: "orders", ToComponent: "payments",
		Pos: finding.Position{RelFile: "internal/orders/service/env_test.go", Line: 8}, Subject: finding.Subject{Kind: finding.SubjectEnv, Name: "PAYMENTS_MODE"}},
	{Rule: finding.ImportsForbidden, FromPackage: m + "internal/payments/api", FromComponent: "payments", ToComponent: "orders", ToPackage: m + "internal/orders/model",
		Pos: finding.Position{RelFile: "internal/payments/api/status.go", Line: 5}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/orders/model"}},
	{Rule: finding.TxUnusedClaim, FromComponent: "payments",
		Pos: finding.Position{RelFile: "boundaries.yaml", Line: 31}, Subject: finding.Subject{Kind: finding.SubjectTable, Name: "chargebacks"}},
	{Rule: finding.ImportsForbidden, FromPackage: m + "internal/inventory/stock", FromComponent: "inventory", ToComponent: "orders", ToPackage: m + "internal/orders/model",
		Pos: finding.Position{RelFile: "internal/inventory/stock/stock.go", Line: 8}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/orders/model"}},
}

var edges = []finding.Edge{
	{From: "orders", To: "payments", Imports: []finding.Import{
		{From: m + "internal/orders/reconcile", To: m + "internal/payments/store"},
		{From: m + "internal/orders/service", To: m + "internal/payments/api", Uses: []string{"Service", "New"},
			Sites: []finding.Position{{RelFile: "internal/orders/service/service.go", Line: 11}}},
		{From: m + "internal/orders/service", To: m + "internal/payments/api", Test: true},
		{From: m + "internal/orders/service", To: m + "internal/payments/ledger"},
	}},
	{From: "payments", To: "platform", Imports: []finding.Import{
		{From: m + "internal/payments/api", To: m + "internal/platform/db"},
		{From: m + "internal/payments/store", To: m + "internal/platform/util"},
	}},
	{From: "payments", To: "orders", Imports: []finding.Import{
		{From: m + "internal/payments/api", To: m + "internal/orders/model", Uses: []string{"Status"}},
	}},
	{From: "server", To: "payments", Imports: []finding.Import{{From: m + "cmd/server", To: m + "internal/payments/api"}}},
	{From: "orders", To: "inventory", Imports: []finding.Import{{From: m + "internal/orders/service", To: m + "internal/inventory/stock"}}},
}

func loadSpec(t *testing.T) *boundary.Spec {
	t.Helper()
	spec, err := modspec.Load(filepath.Join("..", "..", "testdata", "monolith", "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

// endpoints: one payments serves with JSON and middleware, one of
// orders (not in payments' list), one registered in a test file (left
// out).
var endpoints = []finding.Endpoint{
	{Kind: "http", Method: "POST", Path: "/payments/charges", Handler: "(*httpapi.Handler).Charge", HandlerPackage: m + "internal/payments/httpapi",
		Request:    &finding.Body{Type: "httpapi.ChargeRequest", Fields: []string{"order_id", "amount"}},
		Response:   &finding.Body{Type: "httpapi.ChargeResponse", Fields: []string{"payment_id"}},
		Middleware: []finding.Middleware{{Name: "api.RequireAccount", Package: m + "internal/payments/api"}},
		Pos:        finding.Position{File: "/m/cmd/server/main.go", RelFile: "cmd/server/main.go", Line: 38}},
	{Kind: "http", Path: "/{id}", Relative: true, Handler: "httpapi.Show", HandlerPackage: m + "internal/payments/httpapi",
		Pos: finding.Position{File: "/m/internal/payments/httpapi/routes.go", RelFile: "internal/payments/httpapi/routes.go", Line: 12}},
	{Kind: "http", Method: "POST", Path: "/orders", Handler: "(*httpapi.Handler).ServeHTTP", HandlerPackage: m + "internal/orders/httpapi",
		Pos: finding.Position{File: "/m/cmd/server/main.go", RelFile: "cmd/server/main.go", Line: 35}},
	{Kind: "http", Method: "GET", Path: "/fake", Handler: "httpapi.Fake", HandlerPackage: m + "internal/payments/httpapi", Test: true,
		Pos: finding.Position{File: "/m/cmd/server/main_test.go", RelFile: "cmd/server/main_test.go", Line: 5}},
}

func TestCutList(t *testing.T) {
	l, err := Build(loadSpec(t), "payments", findings, edges)
	if err != nil {
		t.Fatal(err)
	}
	l.AddEndpoints(loadSpec(t), endpoints)
	var md bytes.Buffer
	if err := l.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	js, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "payments.md"), md.String())
	golden.Check(t, filepath.Join("testdata", "payments.json"), string(js)+"\n")
	var first []*Item
	for _, g := range l.Findings {
		first = append(first, g.Items...)
	}
	if len(first) < 3 {
		t.Fatalf("%d production items, want at least 3", len(first))
	}
	for _, it := range first[:3] {
		for _, p := range it.Places {
			if strings.HasSuffix(p.File, "_test.go") {
				t.Errorf("the first three items hold test code: %s:%d", p.File, p.Line)
			}
		}
	}
	if g := l.Findings[0]; g.Class != ClassData || g.Kind != finding.TxForeignTable {
		t.Errorf("first group %s %s; want the data coupling, tx/foreign-table, before configuration and imports", g.Class, g.Kind)
	}
	if len(l.Tests) != 2 || l.Tests[0].Kind != finding.ConfigEnv {
		t.Errorf("test section %+v; want the env read in env_test.go and the test-only import", l.Tests)
	}
	if len(l.Shared) != 1 || l.Shared[0].Component != "platform" || l.Shared[0].Imports != 2 {
		t.Errorf("shared %+v; want platform collapsed to 2 imports", l.Shared)
	}
	for _, g := range l.Findings {
		if g.Kind == finding.ImportsForbidden && (len(g.Items) != 1 || !slices.Equal(g.Items[0].Uses, []string{"Status"})) {
			t.Errorf("the forbidden import of orders/model does not list the names it uses: %+v", g.Items)
		}
	}
	if g := l.Findings[len(l.Findings)-1]; g.Class != ClassSpec || g.Counterpart != "(spec)" {
		t.Errorf("last production group %s %s; want the unused claim of the spec, which couples nothing", g.Class, g.Counterpart)
	}
	if l.Places != 14 || l.Baselined != 1 {
		t.Errorf("%d places, %d baselined; want 14, 1", l.Places, l.Baselined)
	}
}

func TestCutUnknownComponent(t *testing.T) {
	_, err := Build(loadSpec(t), "paymnts", findings, edges)
	if err == nil || !strings.Contains(err.Error(), `unknown component "paymnts"; the spec has payments, orders`) {
		t.Fatalf("got %v", err)
	}
}

// TestCutListWholeDebt: the coupling a directive silences (marked),
// transactions over payments' tables and another owner's (tx/cross-owner
// names every owner, from a component or from unclaimed code) and allowed
// imports from unclaimed packages are all in payments' cut list.
func TestCutListWholeDebt(t *testing.T) {
	debt := append(slices.Clip(findings),
		finding.Finding{Rule: finding.ImportsPrivate, FromPackage: m + "internal/orders/reconcile", FromComponent: "orders", ToComponent: "payments", ToPackage: m + "internal/payments/ledger", Ignored: true,
			Pos: finding.Position{RelFile: "internal/orders/reconcile/reconcile.go", Line: 11}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/payments/ledger"}},
		finding.Finding{Rule: finding.TxCrossOwner, FromPackage: m + "internal/orders/service", FromComponent: "orders", ToComponent: "orders,payments",
			Pos: finding.Position{RelFile: "internal/orders/service/atomic.go", Line: 15}, Subject: finding.Subject{Kind: finding.SubjectTransaction, Name: "orders,payments"}},
		finding.Finding{Rule: finding.TxCrossOwner, FromPackage: m + "internal/legacy/reports", ToComponent: "inventory,payments",
			Pos: finding.Position{RelFile: "internal/legacy/reports/sync.go", Line: 30}, Subject: finding.Subject{Kind: finding.SubjectTransaction, Name: "ledger_entries,stock"}},
	)
	withUnclaimed := append(slices.Clip(edges),
		finding.Edge{From: finding.Unclaimed, To: "payments", Imports: []finding.Import{{From: m + "internal/legacy/reports", To: m + "internal/payments/api", Uses: []string{"Refund"}}}})
	l, err := Build(loadSpec(t), "payments", debt, withUnclaimed)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, section := range [][]*Group{l.Findings, l.Surface} {
		for _, g := range section {
			for _, it := range g.Items {
				for _, p := range it.Places {
					found[fmt.Sprintf("%s %s %s:%d ignored=%v", g.Counterpart, g.Kind, p.File, p.Line, p.Ignored)] = true
				}
				if it.Allowed {
					found[fmt.Sprintf("%s %s %s -> %s", g.Counterpart, g.Kind, it.From, it.To)] = true
				}
			}
		}
	}
	for _, want := range []string{
		"orders imports/private internal/orders/reconcile/reconcile.go:11 ignored=true",
		"orders tx/cross-owner internal/orders/service/atomic.go:15 ignored=false",
		"(unclaimed) tx/cross-owner internal/legacy/reports/sync.go:30 ignored=false",
		"(unclaimed) imports internal/legacy/reports -> internal/payments/api",
	} {
		if !found[want] {
			t.Errorf("the cut list misses %q", want)
		}
	}
	if l.Ignored != 1 {
		t.Errorf("%d places silenced by a directive, want 1", l.Ignored)
	}
	var md strings.Builder
	if err := l.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "internal/orders/reconcile/reconcile.go:11 (ignored)") || !strings.Contains(md.String(), "1 silenced by //boundarylint:ignore") {
		t.Errorf("the Markdown list does not mark the silenced place:\n%s", md.String())
	}
}

// remote is a finding of a remote rule about a call from orders' service
// into payments' API.
func remote(rule, detail, fn, file string, line int) finding.Finding {
	return finding.Finding{Rule: rule, Analyzer: "remote", FromPackage: m + "internal/orders/service", FromComponent: "orders", ToComponent: "payments", ToPackage: m + "internal/payments/api",
		Pos: finding.Position{RelFile: "internal/orders/service/" + file, Line: line}, Subject: finding.Subject{Kind: finding.SubjectCall, Name: fn}, Detail: detail}
}

// TestCutAPIFunctions: remote findings about production calls into the
// component are grouped per API function, heaviest first, each place once,
// test code left out; the sentinel errors others use are a note.
func TestCutAPIFunctions(t *testing.T) {
	fs := []finding.Finding{
		remote(finding.RemoteCallInLoop, "called in a loop", "(*api.Service).FillReceipt", "batch.go", 19),
		remote(finding.RemoteWritesArgument, "writes through parameter r", "(*api.Service).FillReceipt", "batch.go", 19),
		remote(finding.RemoteCallInLoop, "called in a loop", "(*api.Service).Charge", "batch.go", 15),
		remote(finding.RemoteCallInLoop, "called in a loop", "(*api.Service).FillReceipt", "batch.go", 40),
		remote(finding.RemoteNonData, "takes a func (parameter fn)", "api.OnRefund", "batch.go", 30),
		remote(finding.RemoteCallInLoop, "called in a loop", "api.OnRefund", "batch_test.go", 9),
	}
	es := []finding.Edge{{From: "orders", To: "payments", Imports: []finding.Import{
		{From: m + "internal/orders/service", To: m + "internal/payments/api", Uses: []string{"Service", "ErrDeclined", "Errorf"}},
	}}}
	l, err := Build(loadSpec(t), "payments", fs, es)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, fn := range l.API {
		got = append(got, fmt.Sprintf("%s %d %v", fn.Name, fn.Places, fn.At))
	}
	want := []string{
		"(*api.Service).FillReceipt 3 [internal/orders/service/batch.go:19 internal/orders/service/batch.go:40]",
		"(*api.Service).Charge 1 [internal/orders/service/batch.go:15]",
		"api.OnRefund 1 [internal/orders/service/batch.go:30]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("API functions:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s := l.API[0].Shapes[0]; s.Detail != "called in a loop" || s.Places != 2 {
		t.Errorf("heaviest shape of FillReceipt: %+v, want called in a loop at 2 places", s)
	}
	if !slices.Equal(l.Sentinels, []string{"ErrDeclined"}) {
		t.Errorf("sentinels %v, want [ErrDeclined]", l.Sentinels)
	}
	var md bytes.Buffer
	if err := l.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"- [ ] `(*api.Service).FillReceipt`: called in a loop at 2 places; writes through parameter r at 1 place\n",
		"Note: other components use sentinel errors of payments (`ErrDeclined`).",
	} {
		if !strings.Contains(md.String(), line) {
			t.Errorf("the cut list lacks %q:\n%s", line, md.String())
		}
	}
}

// TestCutListEscapesLineBreaks: a config key and a file name holding line
// breaks (from the code: the spec's own names cannot) print on their
// item's line, escaped as the text output escapes them, and start no line
// of their own.
func TestCutListEscapesLineBreaks(t *testing.T) {
	odd := finding.Finding{Rule: finding.ConfigKey, FromPackage: m + "internal/orders/checkout", FromComponent: "orders", ToComponent: "payments",
		Pos: finding.Position{RelFile: "internal/orders/checkout/odd\n- [ ] name.go", Line: 3}, Subject: finding.Subject{Kind: finding.SubjectConfig, Name: "payments.a\r\n# injected"}}
	l, err := Build(loadSpec(t), "payments", append(slices.Clip(findings), odd), edges)
	if err != nil {
		t.Fatal(err)
	}
	var md strings.Builder
	if err := l.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	got := md.String()
	for _, want := range []string{`payments.a\r\n# injected`, `  - internal/orders/checkout/odd\n- [ ] name.go:3`} {
		if !strings.Contains(got, want) {
			t.Errorf("the cut list lacks %q, escaped on its item's line:\n%s", want, got)
		}
	}
	if strings.ContainsRune(got, '\r') || strings.Contains(got, "\n# injected") || strings.Contains(got, "\n- [ ] name.go") {
		t.Errorf("a line break of a key or a file name reached the Markdown:\n%s", got)
	}
}
