package drift

import (
	"fmt"
	"io"
	"strings"

	"github.com/boundarylint/boundarylint/report/markdown"
)

// Markdown writes the report for a weekly issue, a pull request comment
// or a job summary. Every name from the code or the command line is
// escaped (markdown.Text, markdown.Cell in the tables): a key or a file
// name never starts a line of its own or splits a cell.
func (r *Report) Markdown(w io.Writer, title string) error {
	var b strings.Builder
	verdict := "nothing got worse"
	if r.Worse {
		verdict = "**something got worse**"
	}
	fmt.Fprintf(&b, "# Boundary drift %s\n\n%s: %d new, %d fixed, %d remaining findings.", markdown.Text(title), verdict, r.New, r.Fixed, r.Remaining)
	if r.BaselineBefore >= 0 || r.BaselineAfter >= 0 {
		fmt.Fprintf(&b, " Baseline: %s entries.", change(r.BaselineBefore, r.BaselineAfter))
	}
	if r.CurrentSpec {
		b.WriteString(" There was no spec then: the earlier code is judged with today's spec.")
	} else if r.SpecChanged {
		b.WriteString(" The spec changed in between.")
	}
	b.WriteString("\n")
	changeList(&b, "New findings", r.NewFindings, r.NewOmitted)
	changeList(&b, "Fixed findings", r.FixedFindings, r.FixedOmitted)
	pairs(&b, "", r.Pairs, false)
	pairs(&b, "In test code (fixtures and setup that reach into other components):", r.Pairs, true)
	list(&b, "Code edges the spec does not allow", func() []string {
		var out []string
		for _, e := range r.Undeclared {
			out = append(out, fmt.Sprintf("%s → %s (%s)", e.From, e.To, plural(e.Imports, "import")))
		}
		return out
	}())
	list(&b, "New undeclared edges", r.NewUndeclared)
	list(&b, "`depends_on` entries the code does not use (the spec can be tightened)", r.Unused)
	list(&b, "Packages no component claims", r.Unclaimed)
	list(&b, "Newly unclaimed packages", r.NewUnclaimed)
	r.writeEndpoints(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

// pairs writes the table of the pairs in test code or not, under title
// when it is not empty; a title with no pairs writes nothing.
func pairs(b *strings.Builder, title string, ps []Pair, test bool) {
	var rows []string
	for _, p := range ps {
		if p.Test == test {
			rows = append(rows, fmt.Sprintf("| %s | %s | `%s` | %d | %d | %d |\n", markdown.Cell(p.From), markdown.Cell(p.To), markdown.Cell(p.Rule), p.New, p.Fixed, p.Remaining))
		}
	}
	if title != "" {
		if len(rows) == 0 {
			return
		}
		fmt.Fprintf(b, "\n%s\n", title)
	}
	b.WriteString("\n| From | To | Rule | New | Fixed | Remaining |\n|---|---|---|---|---|---|\n")
	b.WriteString(strings.Join(rows, ""))
}

// changeList names each finding, at most MaxListed, and counts the rest.
func changeList(b *strings.Builder, title string, cs []Change, omitted int) {
	if len(cs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s (%d):\n\n", title, len(cs)+omitted)
	for _, c := range cs {
		where := "(no place: the earlier snapshot kept none)"
		if c.File != "" {
			where = fmt.Sprintf("%s:%d: %s", markdown.Text(c.File), c.Line, markdown.Text(c.Message))
		}
		test := ""
		if c.Test {
			test = " (test code)"
		}
		fmt.Fprintf(b, "- `%s`%s %s — key `%s`\n", markdown.Text(c.Rule), test, where, markdown.Text(c.Key.String()))
	}
	if omitted > 0 {
		fmt.Fprintf(b, "- … and %d more\n", omitted)
	}
}

// list writes the items, escaped, under title; "none." for no items.
func list(b *strings.Builder, title string, items []string) {
	if len(items) == 0 {
		fmt.Fprintf(b, "\n%s: none.\n", title)
		return
	}
	fmt.Fprintf(b, "\n%s:\n\n", title)
	for _, it := range items {
		fmt.Fprintf(b, "- %s\n", markdown.Text(it))
	}
}

func change(before, after int) string {
	switch {
	case before < 0 && after < 0:
		return "none"
	case before < 0:
		return fmt.Sprintf("none → %d", after)
	case before == after:
		return fmt.Sprint(after)
	}
	return fmt.Sprintf("%d → %d", before, after)
}

// plural writes n and the noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
