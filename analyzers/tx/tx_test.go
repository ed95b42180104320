package tx_test

import (
	"os"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"

	"github.com/boundarylint/boundarylint/analyzers/tx"
)

// TestFindings covers every finding on database/sql, facts across
// packages included.
func TestFindings(t *testing.T) {
	fixture.Run(t, tx.New(fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/platform/...", "example.com/mono/payments/...", "example.com/mono/orders/repo", "example.com/mono/orders/service",
		"example.com/mono/orders/runners", "example.com/mono/orders/crossing", "example.com/mono/orders/sqlcgen",
		"example.com/mono/orders/locals", "example.com/mono/orders/models", "example.com/mono/payments/model",
		"example.com/mono/cmd/server")
}

// TestNegatives: own tables inside and outside transactions, shared
// components and tables, SQL never executed or built at run time, a
// transaction that stays in its component, unclaimed code.
func TestNegatives(t *testing.T) {
	fixture.Run(t, tx.New(fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/orders/negatives", "example.com/mono/legacy")
}

// TestIgnores: a used directive is not reported, an unused one is.
func TestIgnores(t *testing.T) {
	a := ignores.New(tx.New(fixture.Spec(t, "boundaries.yaml", "example.com/mono")))
	fixture.Run(t, a, "example.com/mono/orders/suppressed", "example.com/mono/orders/stale")
}

// TestSpecFlag runs the flag-configured Analyzer, as go vet and nogo do.
func TestSpecFlag(t *testing.T) {
	fixture.SpecFlag(t, tx.Analyzer, "boundaries.yaml")
	results := fixture.Run(t, tx.Analyzer, "example.com/mono/orders/repo")
	if len(results) == 0 || len(results[0].Diagnostics) != 1 {
		t.Fatalf("want one diagnostic from the spec named by -spec, got %v", results)
	}
}

// TestMain fails when a rule of tx has no fixture.
func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "tx")) }
