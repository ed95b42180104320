package cut

import (
	"fmt"
	"io"
	"strings"

	"github.com/boundarylint/boundarylint/report/markdown"
)

// Markdown writes the list as a checklist in the order a team works
// through it: production findings, most breaking first, so that the first
// three items are the places to verify by hand before anyone trusts the
// plan; then the API surface to keep, the shared components as counts, and
// test code last. Every name from the code is escaped (markdown.Text): a
// key or a file name never starts a line of its own.
func (l *List) Markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Cut list: %s\n\n", markdown.Text(l.Component))
	ignored := ""
	if l.Ignored > 0 {
		ignored = fmt.Sprintf(", %d silenced by //boundarylint:ignore", l.Ignored)
	}
	fmt.Fprintf(&b, "%d places couple %s to %d other components (%d held by the baseline%s): %d findings in production code, %d imports of the API surface to keep, %d imports of shared components, %d places in test code. Most breaking first: verify the first three items by hand.\n",
		l.Places, markdown.Text(l.Component), l.others(), l.Baselined, ignored, places(l.Findings), places(l.Surface), sharedImports(l.Shared), places(l.Tests))
	l.section(&b, "Findings in production code", "data and transactions, then runtime coupling, call shapes, configuration and imports", l.Findings)
	l.section(&b, "API surface to keep", "the imports the spec allows become calls across the network: each with the names it uses", l.Surface)
	l.writeAPI(&b)
	l.writeEndpoints(&b)
	if len(l.Shared) > 0 {
		fmt.Fprintf(&b, "\n## Shared components (%d imports)\n\n", sharedImports(l.Shared))
		for _, s := range l.Shared {
			fmt.Fprintf(&b, "- %s: %d imports (%s)\n", markdown.Text(s.Component), s.Imports, l.direction(s.Component, s.Inward))
		}
	}
	l.section(&b, "Test code", "test setup is rewritten, not extracted", l.Tests)
	_, err := io.WriteString(w, b.String())
	return err
}

func (l *List) section(b *strings.Builder, title, why string, groups []*Group) {
	if len(groups) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## %s (%d)\n\n%s.\n", title, places(groups), capitalize(why))
	for _, g := range groups {
		fmt.Fprintf(b, "\n### %s: %s (%d)\n\n", l.direction(g.Counterpart, g.Inward), markdown.Text(g.Kind), g.Places)
		for _, it := range g.Items {
			writeItem(b, it)
		}
	}
}

// direction names the coupling between the list's component and other,
// escaped for Markdown.
func (l *List) direction(other string, inward bool) string {
	from, to := markdown.Text(l.Component), markdown.Text(other)
	if inward {
		from, to = to, from
	}
	return fmt.Sprintf("%s → %s", from, to)
}

// others counts the other components the list names.
func (l *List) others() int {
	seen := map[string]bool{}
	for _, section := range [][]*Group{l.Findings, l.Surface, l.Tests} {
		for _, g := range section {
			seen[g.Counterpart] = true
		}
	}
	for _, s := range l.Shared {
		seen[s.Component] = true
	}
	return len(seen)
}

func places(groups []*Group) int {
	n := 0
	for _, g := range groups {
		n += g.Places
	}
	return n
}

func sharedImports(shared []*SharedUse) int {
	n := 0
	for _, s := range shared {
		n += s.Imports
	}
	return n
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func writeItem(b *strings.Builder, it *Item) {
	what := "places"
	if it.Count == 1 {
		what = "place"
	}
	note := ""
	if it.Allowed {
		note = ", allowed by the spec"
	}
	fmt.Fprintf(b, "- [ ] `%s` → `%s` (%d %s%s)\n", markdown.Text(it.From), markdown.Text(it.To), it.Count, what, note)
	if len(it.Uses) > 0 {
		fmt.Fprintf(b, "  - uses `%s`\n", markdown.Text(strings.Join(it.Uses, "`, `")))
	}
	for _, p := range it.Places {
		mark := ""
		if p.Baselined {
			mark = " (baselined)"
		}
		if p.Ignored {
			mark += " (ignored)"
		}
		fmt.Fprintf(b, "  - %s:%d%s\n", markdown.Text(p.File), p.Line, mark)
	}
}
