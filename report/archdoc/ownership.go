package archdoc

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/report/markdown"
)

// touches counts, per spec claim (by its position), the findings of other
// components that touch what it names, by component.
type touches map[boundary.Pos]map[string]*tally

// tally is how many findings, and how many of them in test code.
type tally struct{ all, tests int }

// add counts f against the claim that gives o its owner, unless f is the
// owner's own (a claim no code uses, say): only others touch.
func (t touches) add(o boundary.Ownership, f finding.Finding) {
	if o.Owner == nil || o.Owner.Name == f.FromComponent {
		return
	}
	t.addAt(o.Claim.Pos, f)
}

func (t touches) addAt(claim boundary.Pos, f finding.Finding) {
	if t[claim] == nil {
		t[claim] = map[string]*tally{}
	}
	from := fromOf(f)
	if t[claim][from] == nil {
		t[claim][from] = &tally{}
	}
	t[claim][from].all++
	if f.Test {
		t[claim][from].tests++
	}
}

// who lists the components that touch a claim, with their counts, for a
// table cell.
func (t touches) who(claim boundary.Pos) string {
	m := t[claim]
	if len(m) == 0 {
		return "—"
	}
	var out []string
	for _, name := range slices.Sorted(maps.Keys(m)) {
		switch c, cell := m[name], markdown.Cell(name); {
		case c.tests == c.all:
			out = append(out, fmt.Sprintf("%s (%d, in tests)", cell, c.all))
		case c.tests > 0:
			out = append(out, fmt.Sprintf("%s (%d, %d in tests)", cell, c.all, c.tests))
		default:
			out = append(out, fmt.Sprintf("%s (%d)", cell, c.all))
		}
	}
	return strings.Join(out, ", ")
}

func fromOf(f finding.Finding) string {
	if f.FromComponent == "" {
		return "(unclaimed)"
	}
	return f.FromComponent
}

// dataSection is the data ownership map: each table claim, its owner, who
// else touches it (tx findings on foreign tables) and the migrations that
// create or alter it, which move with it. Names are escaped for a table
// cell (markdown.Cell).
func dataSection(b *bytes.Buffer, in *Input) {
	t := touches{}
	for _, f := range in.Findings {
		if f.Subject.Kind == finding.SubjectTable {
			t.add(in.Spec.OwnerOfTable(f.Subject.Name), f)
		}
	}
	migrations := map[boundary.Pos][]finding.Position{} // by table claim
	for _, m := range in.Migrations {
		o := in.Spec.OwnerOfTable(m.Table)
		if o.Owner != nil || o.Shared {
			migrations[o.Claim.Pos] = append(migrations[o.Claim.Pos], m.Pos)
		}
	}
	b.WriteString("| Table | Owner | Also touched by (findings) | Migrations |\n|---|---|---|---|\n")
	for _, c := range in.Spec.Components {
		for _, cl := range c.Owns.Tables {
			fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", markdown.Cell(cl.Pattern), markdown.Cell(c.Name), t.who(cl.Pos), places(migrations[cl.Pos]))
		}
	}
	for _, cl := range in.Spec.Data.SharedTables {
		fmt.Fprintf(b, "| `%s` | shared | — | %s |\n", markdown.Cell(cl.Pattern), places(migrations[cl.Pos]))
	}
	if n := count(in.Findings, finding.TxCrossOwner); n > 0 {
		fmt.Fprintf(b, "\n%d transaction(s) touch tables of two owners (rule `%s`).\n", n, finding.TxCrossOwner)
	}
}

// configSection is the configuration ownership map: env vars, config keys
// and config fields by owner, and who else reads each. Names are escaped
// for a table cell or a line (markdown.Cell, markdown.Text).
func configSection(b *bytes.Buffer, in *Input) {
	t := touches{}
	for _, f := range in.Findings {
		switch f.Subject.Kind {
		case finding.SubjectEnv:
			t.add(in.Spec.OwnerOfEnv(f.Subject.Name), f)
		case finding.SubjectConfig:
			t.add(in.Spec.OwnerOfConfig(f.Subject.Name), f)
		case finding.SubjectField:
			for _, c := range in.Spec.Components {
				for _, fc := range c.Owns.Fields {
					if c.Name != f.FromComponent && strings.Contains(f.Subject.Name, fc.Type+"."+strings.Join(fc.Path, ".")) {
						t.addAt(fc.Pos, f)
					}
				}
			}
		}
	}
	b.WriteString("| Kind | Name | Owner | Also read by (findings) |\n|---|---|---|---|\n")
	for _, c := range in.Spec.Components {
		for _, cl := range c.Owns.Env {
			fmt.Fprintf(b, "| env | `%s` | %s | %s |\n", markdown.Cell(cl.Pattern), markdown.Cell(c.Name), t.who(cl.Pos))
		}
		for _, cl := range c.Owns.Config {
			fmt.Fprintf(b, "| config | `%s` | %s | %s |\n", markdown.Cell(cl.Pattern), markdown.Cell(c.Name), t.who(cl.Pos))
		}
		for _, fc := range c.Owns.Fields {
			fmt.Fprintf(b, "| field | `%s` | %s | %s |\n", markdown.Cell(fc.String()), markdown.Cell(c.Name), t.who(fc.Pos))
		}
	}
	for _, cl := range in.Spec.Config.SharedEnv {
		fmt.Fprintf(b, "| env | `%s` | shared | — |\n", markdown.Cell(cl.Pattern))
	}
	for _, cl := range in.Spec.Config.SharedConfig {
		fmt.Fprintf(b, "| config | `%s` | shared | — |\n", markdown.Cell(cl.Pattern))
	}
	if len(in.Spec.Config.Readers) > 0 {
		var names []string
		for _, r := range in.Spec.Config.Readers {
			names = append(names, r.Name)
		}
		fmt.Fprintf(b, "\nMay read every component's configuration (config.readers): %s.\n", markdown.Text(strings.Join(names, ", ")))
	}
	for _, c := range in.Spec.Components {
		if c.CompositionRoot {
			var deps []string
			for _, r := range c.DependsOn {
				deps = append(deps, r.Name)
			}
			fmt.Fprintf(b, "\nComposition root %s may read the configuration of what it wires: %s.\n", markdown.Text(c.Name), markdown.Text(strings.Join(deps, ", ")))
		}
	}
}

func count(fs []finding.Finding, rule string) int {
	n := 0
	for _, f := range fs {
		if f.Rule == rule {
			n++
		}
	}
	return n
}

// places lists positions by file, "`file` (3, 9)", files in order, "—"
// for none, for a table cell.
func places(ps []finding.Position) string {
	if len(ps) == 0 {
		return "—"
	}
	ps = slices.Clone(ps)
	slices.SortFunc(ps, cmpPos)
	byFile := map[string][]string{}
	var files []string
	for _, p := range ps {
		f := relFile(p)
		if byFile[f] == nil {
			files = append(files, f)
		}
		byFile[f] = append(byFile[f], fmt.Sprint(p.Line))
	}
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = fmt.Sprintf("`%s` (%s)", markdown.Cell(f), strings.Join(slices.Compact(byFile[f]), ", "))
	}
	return joinBR(out)
}
