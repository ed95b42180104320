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
	fmt.Fprintf(&b, "%d places couple %s to %d other components (%d held by the baseline). Heaviest first: verify the first three items by hand.\n", l.Places-l.Tests, l.Component, len(l.Counterparts), l.Baselined)
	if l.Tests > 0 {
		what := fmt.Sprintf("%d more places are", l.Tests)
		if l.Tests == 1 {
			what = "1 more place is"
		}
		fmt.Fprintf(&b, "\n%s in test code, listed apart at the end.\n", what)
	}
	writeCounterparts(&b, l.Component, l.Counterparts, "##")
	if len(l.TestCounterparts) > 0 {
		fmt.Fprintf(&b, "\n## In test code (%d)\n\nTests that reach into other components: cut them with the tests, or give them a fake of the other side.\n", l.Tests)
		writeCounterparts(&b, l.Component, l.TestCounterparts, "###")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeCounterparts writes each counterpart under a heading of level h,
// its groups one level below.
func writeCounterparts(b *strings.Builder, component string, cps []*Counterpart, h string) {
	for _, c := range cps {
		fmt.Fprintf(b, "\n%s %s (%d)\n", h, c.Name, c.Places)
		for _, g := range c.Groups {
			dir := fmt.Sprintf("%s → %s", component, c.Name)
			if g.Inward {
				dir = fmt.Sprintf("%s → %s", c.Name, component)
			}
			fmt.Fprintf(b, "\n%s# %s: %s (%d)\n\n", h, dir, g.Kind, g.Places)
			for _, it := range g.Items {
				writeItem(b, it)
			}
		}
	}
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
