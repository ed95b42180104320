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
	{Rule: finding.TxUnusedClaim, FromComponent: "payments",
		Pos: finding.Position{RelFile: "boundaries.yaml", Line: 31}, Subject: finding.Subject{Kind: finding.SubjectTable, Name: "chargebacks"}},
	remote(finding.RemoteCallInLoop, "called in a loop", "(*api.Service).FillReceipt", 19),
	remote(finding.RemoteWritesArgument, "writes through parameter r", "(*api.Service).FillReceipt", 19),
	remote(finding.RemoteCallInLoop, "called in a loop", "(*api.Service).Charge", 15),
	remote(finding.RemoteCallInLoop, "called in a loop", "(*api.Service).FillReceipt", 40),
	remote(finding.RemoteNonData, "takes a func (parameter fn)", "api.OnRefund", 30),
	{Rule: finding.ImportsForbidden, FromPackage: m + "internal/inventory/stock", FromComponent: "inventory", ToComponent: "orders", ToPackage: m + "internal/orders/model",
		Pos: finding.Position{RelFile: "internal/inventory/stock/stock.go", Line: 8}, Subject: finding.Subject{Kind: finding.SubjectImport, Name: m + "internal/orders/model"}},
}

// remote is a finding of a remote rule about a call from orders' service
// into payments' API.
func remote(rule, detail, fn string, line int) finding.Finding {
	return finding.Finding{Rule: rule, Analyzer: "remote", FromPackage: m + "internal/orders/service", FromComponent: "orders", ToComponent: "payments", ToPackage: m + "internal/payments/api",
		Pos: finding.Position{RelFile: "internal/orders/service/batch.go", Line: line}, Subject: finding.Subject{Kind: finding.SubjectCall, Name: fn}, Detail: detail}
}

var edges = []finding.Edge{
	{From: "orders", To: "payments", Imports: []finding.Import{
		{From: m + "internal/orders/reconcile", To: m + "internal/payments/store"},
		{From: m + "internal/orders/service", To: m + "internal/payments/api", Uses: []string{"Service", "New", "ErrDeclined", "Errorf"}},
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
	if l.Counterparts[0].Name != "orders" || l.Places != 16 || l.Baselined != 1 {
		t.Errorf("heaviest %s, %d places, %d baselined; want orders, 16, 1", l.Counterparts[0].Name, l.Places, l.Baselined)
	}
}

// TestCutAPIFunctions: remote findings about calls into the component are
// grouped per API function, heaviest first, each place once; sentinel
// errors others use are a note.
func TestCutAPIFunctions(t *testing.T) {
	l, err := Build(loadSpec(t), "payments", findings, edges)
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
}

func TestCutUnknownComponent(t *testing.T) {
	_, err := Build(loadSpec(t), "paymnts", findings, edges)
	if err == nil || !strings.Contains(err.Error(), `unknown component "paymnts"; the spec has payments, orders`) {
		t.Fatalf("got %v", err)
	}
}
