package cut

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/internal/golden"
)

const m = "example.com/monolith/"

// findings of the example monolith touching payments, one baselined, and
// one between two other components that the list must leave out.
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
	if l.Counterparts[0].Name != "orders" || l.Places != 10 || l.Baselined != 1 {
		t.Errorf("heaviest %s, %d places, %d baselined; want orders, 10, 1", l.Counterparts[0].Name, l.Places, l.Baselined)
	}
}

func TestCutUnknownComponent(t *testing.T) {
	_, err := Build(loadSpec(t), "paymnts", findings, edges)
	if err == nil || !strings.Contains(err.Error(), `unknown component "paymnts"; the spec has payments, orders`) {
		t.Fatalf("got %v", err)
	}
}
