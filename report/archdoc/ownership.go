package archdoc

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// touches counts, per spec claim (by its position), the findings of other
// components that touch what it names, by component.
type touches map[boundary.Pos]map[string]int

func (t touches) add(o boundary.Ownership, from string) {
	if o.Owner == nil {
		return
	}
	if t[o.Claim.Pos] == nil {
		t[o.Claim.Pos] = map[string]int{}
	}
	t[o.Claim.Pos][from]++
}

// who lists the components that touch a claim, with their counts.
func (t touches) who(c boundary.Claim) string {
	m := t[c.Pos]
	if len(m) == 0 {
		return "—"
	}
	var out []string
	for _, name := range slices.Sorted(maps.Keys(m)) {
		out = append(out, fmt.Sprintf("%s (%d)", name, m[name]))
	}
	return strings.Join(out, ", ")
}

func fromOf(f finding.Finding) string {
	if f.FromComponent == "" {
		return "(unclaimed)"
	}
	return f.FromComponent
}

// dataSection is the data ownership map: each table claim, its owner, and
// who else touches it (tx findings on foreign tables).
func dataSection(b *bytes.Buffer, in *Input) {
	t := touches{}
	for _, f := range in.Findings {
		if f.Subject.Kind == finding.SubjectTable {
			t.add(in.Spec.OwnerOfTable(f.Subject.Name), fromOf(f))
		}
	}
	b.WriteString("| Table | Owner | Also touched by (findings) |\n|---|---|---|\n")
	for _, c := range in.Spec.Components {
		for _, cl := range c.Owns.Tables {
			fmt.Fprintf(b, "| `%s` | %s | %s |\n", cl.Pattern, c.Name, t.who(cl))
		}
	}
	for _, cl := range in.Spec.Data.SharedTables {
		fmt.Fprintf(b, "| `%s` | shared | — |\n", cl.Pattern)
	}
	if n := count(in.Findings, finding.TxCrossOwner); n > 0 {
		fmt.Fprintf(b, "\n%d transaction(s) touch tables of two owners (rule `%s`).\n", n, finding.TxCrossOwner)
	}
}

// configSection is the configuration ownership map: env vars, config keys
// and config fields by owner, and who else reads each.
func configSection(b *bytes.Buffer, in *Input) {
	t := touches{}
	fields := map[string]map[string]int{} // field claim -> reader -> count
	for _, f := range in.Findings {
		switch f.Subject.Kind {
		case finding.SubjectEnv:
			t.add(in.Spec.OwnerOfEnv(f.Subject.Name), fromOf(f))
		case finding.SubjectConfig:
			t.add(in.Spec.OwnerOfConfig(f.Subject.Name), fromOf(f))
		case finding.SubjectField:
			for _, c := range in.Spec.Components {
				for _, fc := range c.Owns.Fields {
					if strings.Contains(f.Subject.Name, fc.Type+"."+strings.Join(fc.Path, ".")) {
						if fields[fc.String()] == nil {
							fields[fc.String()] = map[string]int{}
						}
						fields[fc.String()][fromOf(f)]++
					}
				}
			}
		}
	}
	b.WriteString("| Kind | Name | Owner | Also read by (findings) |\n|---|---|---|---|\n")
	for _, c := range in.Spec.Components {
		for _, cl := range c.Owns.Env {
			fmt.Fprintf(b, "| env | `%s` | %s | %s |\n", cl.Pattern, c.Name, t.who(cl))
		}
		for _, cl := range c.Owns.Config {
			fmt.Fprintf(b, "| config | `%s` | %s | %s |\n", cl.Pattern, c.Name, t.who(cl))
		}
		for _, fc := range c.Owns.Fields {
			fmt.Fprintf(b, "| field | `%s` | %s | %s |\n", fc, c.Name, touches{fc.Pos: fields[fc.String()]}.who(boundary.Claim{Pos: fc.Pos}))
		}
	}
	for _, cl := range in.Spec.Config.SharedEnv {
		fmt.Fprintf(b, "| env | `%s` | shared | — |\n", cl.Pattern)
	}
	for _, cl := range in.Spec.Config.SharedConfig {
		fmt.Fprintf(b, "| config | `%s` | shared | — |\n", cl.Pattern)
	}
	if len(in.Spec.Config.Readers) > 0 {
		var names []string
		for _, r := range in.Spec.Config.Readers {
			names = append(names, r.Name)
		}
		fmt.Fprintf(b, "\nMay read every component's configuration (config.readers): %s.\n", strings.Join(names, ", "))
	}
	for _, c := range in.Spec.Components {
		if c.CompositionRoot {
			var deps []string
			for _, r := range c.DependsOn {
				deps = append(deps, r.Name)
			}
			fmt.Fprintf(b, "\nComposition root %s may read the configuration of what it wires: %s.\n", c.Name, strings.Join(deps, ", "))
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
