package archdoc

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modspec"
)

// TestDataSection: a table's row names the other components whose findings
// touch it, how many in tests, and its migrations by file; the owner's own
// findings (a claim nothing uses) are not "also touched", and no
// transaction list holds them.
func TestDataSection(t *testing.T) {
	spec, err := modspec.Load(filepath.Join("..", "..", "testdata", "monolith", "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	table := func(rule, from, name string, test bool) finding.Finding {
		return finding.Finding{Rule: rule, Analyzer: "tx", FromComponent: from, Test: test,
			Subject: finding.Subject{Kind: finding.SubjectTable, Name: name}}
	}
	in := &Input{Spec: spec, Findings: []finding.Finding{
		table(finding.TxForeignTable, "orders", "refunds", false),
		table(finding.TxForeignTable, "orders", "refunds", true),
		table(finding.TxUnusedClaim, "inventory", "stock", false),
	}, Migrations: []finding.Migration{
		{Table: "refunds", Pos: finding.Position{RelFile: "internal/payments/store/schema.go", Line: 14}},
		{Table: "refunds", Pos: finding.Position{RelFile: "internal/payments/store/schema.go", Line: 11}},
		{Table: "refunds", Pos: finding.Position{RelFile: "migrations/001.go", Line: 3}},
	}}
	data, err := Generate(in, Section{Kind: "data"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| `refunds` | payments | orders (2, 1 in tests) | `internal/payments/store/schema.go` (11, 14)<br>`migrations/001.go` (3) |",
		"| `stock` | inventory | — | — |",
	} {
		if !strings.Contains(data, want) {
			t.Errorf("data section lacks %q:\n%s", want, data)
		}
	}
	if paths, _ := Generate(in, Section{Kind: "paths"}); strings.Contains(paths, "unused-claim") {
		t.Errorf("the paths section lists a claim nothing uses as a transaction:\n%s", paths)
	}
}
