package archdoc

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/report/markdown"
)

// pathsSection lists the communication paths the code has: each component
// edge with the package imports that make it (the synchronous calls one
// component makes into another), and the transactions that cross
// components. The table's paths are synchronous; the asynchronous paths
// (go statements, channels) and event paths (topics) follow it. Names are
// escaped for a table cell or a line (markdown.Cell, markdown.Text).
func pathsSection(b *bytes.Buffer, in *Input) {
	b.WriteString("Synchronous paths (package imports: one component calls the other):\n\n")
	b.WriteString("| From | To | Declared | Package imports |\n|---|---|---|---|\n")
	for _, e := range in.Edges {
		from := in.Spec.Component(e.From)
		declared := "no"
		switch {
		case from != nil && from.DependsOnComponent(e.To):
			declared = "depends_on"
		case in.Spec.Component(e.To) != nil && in.Spec.Component(e.To).Shared:
			declared = "shared"
		}
		var pairs []string
		for _, imp := range e.Imports {
			f, _ := in.Spec.Rel(imp.From)
			t, _ := in.Spec.Rel(imp.To)
			s := "`" + markdown.Cell(f) + "` → `" + markdown.Cell(t) + "`"
			if imp.Test {
				s += " (tests)"
			}
			pairs = append(pairs, s)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", markdown.Cell(e.From), markdown.Cell(e.To), declared, joinBR(pairs))
	}
	pathKinds(b, in)
	var tx []finding.Finding
	for _, f := range in.Findings {
		if f.Rule == finding.TxCrossOwner || f.Rule == finding.TxCrossing || f.Rule == finding.TxCallInTx {
			tx = append(tx, f)
		}
	}
	if len(tx) == 0 {
		return
	}
	slices.SortFunc(tx, func(a, b finding.Finding) int { return cmpPos(a.Pos, b.Pos) })
	b.WriteString("\nTransactions that cross components:\n\n")
	for _, f := range tx {
		fmt.Fprintf(b, "- `%s:%d` %s → %s: %s (`%s`)\n", markdown.Text(relFile(f.Pos)), f.Pos.Line, markdown.Text(fromOf(f)), markdown.Text(orDash(f.ToComponent)), markdown.Text(f.Message), f.Rule)
	}
}

func joinBR(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += "<br>"
		}
		out += x
	}
	return out
}

func relFile(p finding.Position) string {
	if p.RelFile != "" {
		return p.RelFile
	}
	return p.File
}

func cmpPos(a, b finding.Position) int {
	if c := cmpString(relFile(a), relFile(b)); c != 0 {
		return c
	}
	return a.Line - b.Line
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
