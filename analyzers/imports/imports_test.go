package imports_test

import (
	"os"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
)

// TestRules covers every import rule and its traps on one monolith.
func TestRules(t *testing.T) {
	a := imports.New(fixture.Spec(t, "boundaries.yaml", ""))
	fixture.Run(t, a,
		"example.com/mono/users/...", "example.com/mono/platform/...", "example.com/mono/payments/...",
		"example.com/mono/inventory/...", "example.com/mono/billing/...", "example.com/mono/billingx/...",
		"example.com/mono/orders/checkout", "example.com/mono/orders/events", "example.com/mono/orders/suppressed",
		"example.com/mono/legacy/...", "example.com/mono/cmd/...", "github.com/...")
}

func TestTestsExempt(t *testing.T) {
	a := imports.New(fixture.Spec(t, "boundaries_exempt.yaml", ""))
	fixture.Run(t, a, "example.com/mono/orders/exempt")
}

func TestUnassignedDeny(t *testing.T) {
	a := imports.New(fixture.Spec(t, "boundaries_other.yaml", ""))
	fixture.Run(t, a, "example.com/other/...")
}

// TestSpecFlag runs the flag-configured Analyzer, as go vet and nogo do.
func TestSpecFlag(t *testing.T) {
	fixture.SpecFlag(t, imports.Analyzer, "boundaries.yaml")
	results := fixture.Run(t, imports.Analyzer, "example.com/mono/payments/webhook")
	if len(results) == 0 || len(results[0].Diagnostics) != 1 {
		t.Fatalf("want one diagnostic from the spec named by -spec, got %v", results)
	}
}

func TestIgnores(t *testing.T) {
	a := ignores.New(imports.New(fixture.Spec(t, "boundaries.yaml", "")))
	fixture.Run(t, a, "example.com/mono/orders/stale")
}

// TestMain fails when a rule of imports has no fixture.
func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "imports")) }
