package cut

import (
	"fmt"
	"io"
	"strings"
)

// Markdown writes the list as a checklist, heaviest counterpart and
// heaviest integration point first, so that the first three items are the
// places to verify by hand before anyone trusts the plan.
func (l *List) Markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Cut list: %s\n\n", l.Component)
	fmt.Fprintf(&b, "%d places couple %s to %d other components (%d held by the baseline). Heaviest first: verify the first three items by hand.\n", l.Places, l.Component, len(l.Counterparts), l.Baselined)
	for _, c := range l.Counterparts {
		fmt.Fprintf(&b, "\n## %s (%d)\n", c.Name, c.Places)
		for _, g := range c.Groups {
			dir := fmt.Sprintf("%s → %s", l.Component, c.Name)
			if g.Inward {
				dir = fmt.Sprintf("%s → %s", c.Name, l.Component)
			}
			fmt.Fprintf(&b, "\n### %s: %s (%d)\n\n", dir, g.Kind, g.Places)
			for _, it := range g.Items {
				writeItem(&b, it)
			}
		}
	}
	l.writeAPI(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeItem(b *strings.Builder, it *Item) {
	what := "places"
	if it.Count == 1 {
		what = "place"
	}
	note := ""
	if it.Allowed {
		note = ", allowed by the spec"
	}
	fmt.Fprintf(b, "- [ ] `%s` → `%s` (%d %s%s)\n", it.From, it.To, it.Count, what, note)
	if len(it.Uses) > 0 {
		fmt.Fprintf(b, "  - uses `%s`\n", strings.Join(it.Uses, "`, `"))
	}
	for _, p := range it.Places {
		mark := ""
		if p.Baselined {
			mark = " (baselined)"
		}
		fmt.Fprintf(b, "  - %s:%d%s\n", p.File, p.Line, mark)
	}
}
