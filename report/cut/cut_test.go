package cut

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/internal/golden"
)

const m = "example.com/monolith/"

// findings of the example monolith touching payments, one baselined, one
// silenced by a directive, two transactions over payments' tables and
// others' (tx/cross-owner names every owner, from a component or from
// unclaimed code), and one between two other components that the list
// must leave out.
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
	{Rule: finding.ImportsPrivate, FromPackage: m + "internal/orders/reconcile", FromComponent: "orders", ToComponent: "payments", ToPackage: m + "internal/payments/ledger", Ignored: true,
		Pos: finding.Position{RelFile: "internal/orders/reconcile/reconcile.go", Line: 11}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/payments/ledger"}},
	{Rule: finding.TxCrossOwner, FromPackage: m + "internal/orders/service", FromComponent: "orders", ToComponent: "orders,payments",
		Pos: finding.Position{RelFile: "internal/orders/service/atomic.go", Line: 15}, Subject: finding.Subject{Kind: finding.SubjectTransaction, Name: "orders,payments"}},
	{Rule: finding.TxCrossOwner, FromPackage: m + "internal/legacy/reports", ToComponent: "inventory,payments",
		Pos: finding.Position{RelFile: "internal/legacy/reports/sync.go", Line: 30}, Subject: finding.Subject{Kind: finding.SubjectTransaction, Name: "ledger_entries,stock"}},
	{Rule: finding.ImportsForbidden, FromPackage: m + "internal/inventory/stock", FromComponent: "inventory", ToComponent: "orders", ToPackage: m + "internal/orders/model",
		Pos: finding.Position{RelFile: "internal/inventory/stock/stock.go", Line: 8}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/orders/model"}},
}

var edges = []finding.Edge{
	{From: "orders", To: "payments", Imports: []finding.Import{
		{From: m + "internal/orders/reconcile", To: m + "internal/payments/store"},
		{From: m + "internal/orders/service", To: m + "internal/payments/api", Uses: []string{"Service", "New"}},
		{From: m + "internal/orders/service", To: m + "internal/payments/ledger"},
	}},
	{From: "payments", To: "platform", Imports: []finding.Import{
		{From: m + "internal/payments/api", To: m + "internal/platform/db"},
		{From: m + "internal/payments/store", To: m + "internal/platform/util"},
	}},
	{From: "server", To: "payments", Imports: []finding.Import{{From: m + "cmd/server", To: m + "internal/payments/api"}}},
	{From: "orders", To: "inventory", Imports: []finding.Import{{From: m + "internal/orders/service", To: m + "internal/inventory/stock"}}},
	{From: finding.Unclaimed, To: "payments", Imports: []finding.Import{{From: m + "internal/legacy/reports", To: m + "internal/payments/api", Uses: []string{"Refund"}}}},
}

func loadSpec(t *testing.T) *boundary.Spec {
	t.Helper()
	spec, err := boundary.Load(filepath.Join("..", "..", "testdata", "monolith", "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

func TestCutList(t *testing.T) {
	l, err := Build(loadSpec(t), "payments", findings, edges)
	if err != nil {
		t.Fatal(err)
	}
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
	if l.Counterparts[0].Name != "orders" || l.Places != 14 || l.Baselined != 1 || l.Ignored != 1 {
		t.Errorf("heaviest %s, %d places, %d baselined, %d ignored; want orders, 14, 1, 1", l.Counterparts[0].Name, l.Places, l.Baselined, l.Ignored)
	}
}

// TestCutListWholeDebt: the coupling a directive silences, transactions
// over payments' tables and another owner's (from orders and from
// unclaimed code) and allowed imports from unclaimed packages are all in
// payments' cut list.
func TestCutListWholeDebt(t *testing.T) {
	l, err := Build(loadSpec(t), "payments", findings, edges)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, c := range l.Counterparts {
		for _, g := range c.Groups {
			for _, it := range g.Items {
				for _, p := range it.Places {
					found[fmt.Sprintf("%s %s %s:%d ignored=%v", c.Name, g.Kind, p.File, p.Line, p.Ignored)] = true
				}
				if it.Allowed {
					found[fmt.Sprintf("%s %s %s -> %s", c.Name, g.Kind, it.From, it.To)] = true
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
}

func TestCutUnknownComponent(t *testing.T) {
	_, err := Build(loadSpec(t), "paymnts", findings, edges)
	if err == nil || !strings.Contains(err.Error(), `unknown component "paymnts"; the spec has payments, orders`) {
		t.Fatalf("got %v", err)
	}
}
