package tx_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundarylint/boundarylint/analyzers/ignores"

	"github.com/boundarylint/boundarylint/analyzers/tx"
	"github.com/boundarylint/boundarylint/boundary"
)

func loadSpec(t *testing.T) *boundary.Spec {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(analysistest.TestData(), "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	spec, err := boundary.Parse("boundaries.yaml", data, "example.com/mono")
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

// TestFindings covers every finding on database/sql, facts across
// packages included.
func TestFindings(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), tx.New(loadSpec(t)),
		"example.com/mono/platform/...", "example.com/mono/payments/...", "example.com/mono/orders/repo", "example.com/mono/orders/service",
		"example.com/mono/orders/runners", "example.com/mono/orders/crossing", "example.com/mono/orders/sqlcgen")
}

// TestNegatives: own tables inside and outside transactions, shared
// components and tables, SQL never executed or built at run time, a
// transaction that stays in its component, unclaimed code.
func TestNegatives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), tx.New(loadSpec(t)),
		"example.com/mono/orders/negatives", "example.com/mono/legacy")
}

// TestIgnores: a used directive is not reported, an unused one is.
func TestIgnores(t *testing.T) {
	a := ignores.New(tx.New(loadSpec(t)))
	analysistest.Run(t, analysistest.TestData(), a, "example.com/mono/orders/suppressed", "example.com/mono/orders/stale")
}

// TestSpecFlag runs the flag-configured Analyzer, as go vet and nogo do.
func TestSpecFlag(t *testing.T) {
	path, err := filepath.Abs(filepath.Join(analysistest.TestData(), "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Analyzer.Flags.Set("spec", path); err != nil {
		t.Fatal(err)
	}
	defer tx.Analyzer.Flags.Set("spec", "")
	results := analysistest.Run(t, analysistest.TestData(), tx.Analyzer, "example.com/mono/orders/repo")
	if len(results) == 0 || len(results[0].Diagnostics) != 1 {
		t.Fatalf("want one diagnostic from the spec named by -spec, got %v", results)
	}
}
