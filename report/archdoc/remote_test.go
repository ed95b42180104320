package archdoc

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modspec"
)

// TestAPINetworkNotes: the api section marks the declarations other
// components call with types that cannot cross a network, and lists the
// functions they call in loops, from the run's remote findings; test code
// counts for neither.
func TestAPINetworkNotes(t *testing.T) {
	spec, err := modspec.Load(filepath.Join("..", "..", "testdata", "monolith", "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	api := spec.ImportPath("internal/payments/api")
	call := func(rule, fn, detail, file string) finding.Finding {
		return finding.Finding{Rule: rule, ToComponent: "payments", ToPackage: api, Subject: finding.Subject{Kind: finding.SubjectCall, Name: fn}, Detail: detail,
			Pos: finding.Position{File: "/m/internal/orders/service/" + file}}
	}
	in := &Input{Spec: spec, Packages: []string{"internal/payments/api"}, API: []finding.APIPackage{{Path: "internal/payments/api", Decls: []string{
		"func OnRefund(fn func(orderID int64, amount int64))",
		"func RetryLimit() int",
		"type Service struct {\n\tStore *store.Store\n}\n\nfunc (*Service) Charge(ctx context.Context, orderID int64) (string, error)\nfunc (*Service) Paid(ctx context.Context, orderID int64) (int64, error)",
	}}}, Findings: []finding.Finding{
		call(finding.RemoteNonData, "api.OnRefund", "takes a func (parameter fn)", "batch.go"),
		call(finding.RemoteCallInLoop, "(*api.Service).Charge", "called in a loop", "batch.go"),
		call(finding.RemoteCallInLoop, "(*api.Service).Charge", "called in a loop", "reconcile.go"),
		call(finding.RemoteCallInLoop, "(*api.Service).Paid", "called in a loop", "batch_test.go"),
		call(finding.RemoteNonData, "(*api.Service).Paid", "returns a chan", "batch_test.go"),
	}}
	got, err := Generate(in, Section{Kind: "api", Args: []string{"payments"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"// cannot cross a network: takes a func (parameter fn)\nfunc OnRefund(",
		"func RetryLimit() int",
		"\nfunc (*Service) Charge(",
		"Called in loops by other components, one round trip per iteration once this is a service (`remote/call-in-loop`): `(*api.Service).Charge` (2 places).",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the api section lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Paid` (") || strings.Contains(got, "returns a chan") {
		t.Errorf("the api section counts test code:\n%s", got)
	}
}
