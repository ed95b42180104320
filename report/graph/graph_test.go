package graph

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/internal/golden"
	"github.com/boundarylint/boundarylint/report/rendercheck"
)

// imports exercise every kind of edge: declared and used, used through a
// shared component, forbidden, private, to and from unclaimed packages,
// and declared but unused (orders -> inventory).
var imports = []Import{
	{From: "example.com/shop/orders/http", To: "example.com/shop/payments/api", Count: 3},
	{From: "example.com/shop/orders/http", To: "example.com/shop/payments/ledger"},   // private
	{From: "example.com/shop/payments/ledger", To: "example.com/shop/platform/db"},   // shared
	{From: "example.com/shop/payments/api", To: "example.com/shop/orders/model"},     // forbidden
	{From: "example.com/shop/end/x", To: "example.com/shop/orders/model", Count: 2},  // declared
	{From: "example.com/shop/billing-v2", To: "example.com/shop/legacy"},             // unassigned (deny)
	{From: "example.com/shop/legacy", To: "example.com/shop/billing_v2"},             // from unclaimed: allowed
	{From: "example.com/shop/orders/http", To: "example.com/shop/platform/db"},       // shared, undeclared
	{From: "example.com/shop/orders/http", To: "example.com/shop/orders/model"},      // inside a component
	{From: "example.com/shop/orders/http", To: "github.com/stripe/stripe-go/client"}, // third party
}

// findings open a chain from isolated payments through the shared
// platform (the import itself is allowed) and touch payments' tables from
// orders, in a query and in a transaction across owners.
var findings = []finding.Finding{
	{Rule: finding.ImportsIsolated, FromComponent: "payments", ToComponent: "inventory", ToPackage: "example.com/shop/platform/db",
		Subject: finding.Subject{Kind: finding.SubjectImport, Name: "example.com/shop/platform/db"}},
	{Rule: finding.TxForeignTable, FromComponent: "orders", ToComponent: "payments", Subject: finding.Subject{Kind: finding.SubjectTable, Name: "ledger_entries"}},
	{Rule: finding.TxForeignTable, FromComponent: "orders", ToComponent: "payments", Subject: finding.Subject{Kind: finding.SubjectTable, Name: "ledger_entries"}},
	{Rule: finding.TxCrossOwner, FromComponent: "orders", ToComponent: "orders,payments", Subject: finding.Subject{Kind: finding.SubjectTransaction, Name: "orders at a.go:3, refunds at b.go:4"}},
	{Rule: finding.TxForeignTable, FromComponent: "end", ToComponent: "inventory", Subject: finding.Subject{Kind: finding.SubjectTable, Name: "stock"}}, // not about payments
}

// events: payments publishes payment.captured, which orders and end
// subscribe to; orders publishes order.placed, which payments subscribes
// to; inventory's own topic stays out of a graph focused on payments.
var events = []finding.Event{
	{Kind: finding.EventPublish, Topic: "payment.captured", Component: "payments"},
	{Kind: finding.EventSubscribe, Topic: "payment.captured", Component: "orders"},
	{Kind: finding.EventSubscribe, Topic: "payment.captured", Component: "end"},
	{Kind: finding.EventPublish, Topic: "order.placed", Component: "orders"},
	{Kind: finding.EventSubscribe, Topic: "order.placed", Component: "payments"},
	{Kind: finding.EventSubscribe, Topic: "order.placed", Component: "inventory"},
	{Kind: finding.EventGo, Component: "orders", ToComponent: "payments"},
}

var packages = []string{"billing-v2", "billing_v2", "end/x", "inventory", "legacy", "orders/http", "orders/model", "payments/api", "payments/ledger", "platform/db"}

func loadSpec(t *testing.T) *boundary.Spec {
	t.Helper()
	data, err := os.ReadFile("testdata/boundaries.yaml")
	if err != nil {
		t.Fatal(err)
	}
	spec, err := boundary.Parse("boundaries.yaml", data, "")
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

func TestGraphs(t *testing.T) {
	spec := loadSpec(t)
	cases := []struct {
		name string
		opts Options
	}{
		{"target", Options{}},
		{"code", Options{Imports: imports}},
		{"focus-payments", Options{Imports: imports, Focus: "payments", Findings: findings}},
		{"api", Options{Imports: imports, API: true, Packages: packages}},
		{"no-imports", Options{Imports: []Import{}}},
		{"events-payments", Options{Imports: imports, Focus: "payments", Events: events}},
	}
	var charts []string
	for _, c := range cases {
		g, err := Build(spec, c.opts)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var mmd, dot bytes.Buffer
		if err := g.Mermaid(&mmd); err != nil {
			t.Fatal(err)
		}
		if err := g.DOT(&dot); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", c.name+".mmd"), mmd.String())
		golden.Check(t, filepath.Join("testdata", c.name+".dot"), dot.String())
		rendercheck.DOT(t, dot.String())
		charts = append(charts, mmd.String())
	}
	rendercheck.Mermaid(t, charts...)
}

func TestEdges(t *testing.T) {
	g, err := Build(loadSpec(t), Options{Imports: imports, Findings: findings})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Data) != 0 {
		t.Errorf("an unfocused graph draws data edges: %+v", g.Data)
	}
	got := map[string]string{}
	for _, e := range g.Edges {
		got[e.From+"->"+e.To] = g.label(e) + "|" + [...]string{"solid", "red", "dashed"}[g.styleOf(e)]
	}
	want := map[string]string{
		"payments->platform":       "1 import, 1 isolated|red",
		"orders->platform":         "1 import (shared)|solid",
		"payments->orders":         "1 import, 1 forbidden|red",
		"orders->payments":         "4 imports, 1 private|red",
		"orders->inventory":        "unused|dashed",
		"end->orders":              "2 imports|solid",
		"billing-v2->" + Unclaimed: "1 import, 1 unassigned|red",
		Unclaimed + "->billing_v2": "1 import|solid",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("edge %s: got %q, want %q", k, got[k], w)
		}
		delete(got, k)
	}
	for k, v := range got {
		t.Errorf("unexpected edge %s: %q", k, v)
	}
}

// TestFocusData: a focused graph draws the tables the focus shares with
// other components as data edges, one per pair, each table once.
func TestFocusData(t *testing.T) {
	g, err := Build(loadSpec(t), Options{Imports: imports, Focus: "payments", Findings: findings})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Data) != 1 || g.Data[0].From != "orders" || g.Data[0].To != "payments" || g.Data[0].Places != 3 ||
		strings.Join(g.Data[0].Tables, ",") != "ledger_entries" || g.Data[0].Transactions != 1 {
		t.Errorf("data edges %+v; want orders -> payments, 3 findings, its table once and the transaction across owners", g.Data)
	}
	if l := dataLabel(g.Data[0]); l != "data: ledger_entries; 1 transaction across owners" {
		t.Errorf("data label %q", l)
	}
}

// TestImportsOfCountsStatements: an edge counts import statements, the
// unit of the run's findings, not package pairs.
func TestImportsOfCountsStatements(t *testing.T) {
	spec := loadSpec(t)
	edges := []finding.Edge{{From: "orders", To: "payments", Imports: []finding.Import{
		{From: "example.com/shop/orders/http", To: "example.com/shop/payments/api", Sites: []finding.Position{{Line: 3}, {Line: 4}}},
		{From: "example.com/shop/orders/http", To: "example.com/shop/payments/ledger"},
	}}}
	g, err := Build(spec, Options{Imports: ImportsOf(spec, edges)})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.Edges {
		if e.From == "orders" && e.To == "payments" && e.Imports != 3 {
			t.Errorf("orders -> payments counts %d imports, want 3: two statements and one without a known statement", e.Imports)
		}
	}
}

func TestUnknownFocus(t *testing.T) {
	_, err := Build(loadSpec(t), Options{Focus: "paymnets"})
	if err == nil || !strings.Contains(err.Error(), `unknown component "paymnets"`) {
		t.Fatalf("got %v", err)
	}
}
