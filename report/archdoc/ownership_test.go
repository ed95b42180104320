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

// TestSectionsEscapeLineBreaks: file names, package paths and messages
// from the code holding line breaks and pipes (the spec's own names
// cannot) stay on their table row and in their cell, and on their list
// item's line, escaped as the text output escapes them.
func TestSectionsEscapeLineBreaks(t *testing.T) {
	spec, err := modspec.Load(filepath.Join("..", "..", "testdata", "monolith", "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	const m = "example.com/monolith/"
	in := &Input{Spec: spec,
		Migrations: []finding.Migration{{Table: "refunds", Pos: finding.Position{RelFile: "migrations/odd\n| x | y.go", Line: 3}}},
		Edges: []finding.Edge{{From: "orders", To: "payments", Imports: []finding.Import{
			{From: m + "internal/orders/odd\r\n| pkg", To: m + "internal/payments/api"}}}},
		Findings: []finding.Finding{{Rule: finding.TxCrossOwner, Analyzer: "tx", FromComponent: "orders", ToComponent: "orders,payments",
			Pos:     finding.Position{RelFile: "internal/orders/odd\n- x.go", Line: 7},
			Message: "a transaction touches orders and refunds\r\n- injected"}},
	}
	for _, kind := range []string{"data", "paths"} {
		got, err := Generate(in, Section{Kind: kind})
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsRune(got, '\r') || strings.Contains(got, "\n| x") || strings.Contains(got, "\n| pkg") || strings.Contains(got, "\n- x.go") || strings.Contains(got, "\n- injected") {
			t.Errorf("%s: a line break from the code reached the Markdown:\n%s", kind, got)
		}
		for line := range strings.Lines(got) {
			if strings.HasPrefix(line, "|") {
				if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 5 {
					t.Errorf("%s: a row of %d cells, want 4: %q", kind, n-1, line)
				}
			}
		}
	}
}
