package tx_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

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
		"example.com/mono/platform/...", "example.com/mono/payments/...", "example.com/mono/orders/repo", "example.com/mono/orders/service")
}
