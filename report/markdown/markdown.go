// Package markdown escapes the text the reports interpolate into the
// Markdown they write (cut lists, drift reports, architecture documents):
// config keys, file names and messages come from the code and may hold
// line breaks and pipes, which would end a list item, a heading or a table
// row early, or split a table cell.
package markdown

import (
	"strings"

	"github.com/boundarylint/boundarylint/finding"
)

// Text escapes s for one line of Markdown (a heading, a list item, a code
// span in either): its line breaks become \n and \r, as the text output
// writes them (finding.OneLine). A backslash before n or r is no Markdown
// escape, so both print as written.
//
//	### orders → payments: `payments.a\r\nfake: injected`
func Text(s string) string { return finding.OneLine(s) }

// Cell escapes s for a cell of a GitHub-flavoured Markdown table: Text,
// and each | as \|, which ends no cell and prints as |, inside a code span
// too.
//
//	| `a\|b` | orders |
func Cell(s string) string {
	s = Text(s)
	if !strings.Contains(s, "|") {
		return s
	}
	return strings.ReplaceAll(s, "|", `\|`)
}
