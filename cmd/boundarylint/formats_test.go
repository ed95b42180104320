package main

import (
	"strings"
	"testing"
)

// TestFormats pins each standalone output format on the example in a
// golden file: text (paths relative to the working directory, rule IDs),
// the structured JSON, SARIF (validated against the SARIF 2.1.0 schema by
// testdata/sarif) and GitHub workflow commands. Each lists every finding
// once, and exits 3.
func TestFormats(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)
	for _, tc := range []struct{ format, golden string }{
		{"text", "text.txt"},
		{"json", "findings.json"},
		{"sarif", "findings.sarif"},
		{"github", "github.txt"},
	} {
		r := standalone(t, dir, "-format="+tc.format)
		expectCode(t, "boundarylint -format="+tc.format, r, 3)
		out := r.stdout
		if tc.format == "text" {
			out = r.stderr // where go vet prints findings
		}
		golden(t, tc.golden, out)
	}
}

// TestBadFormat: an unknown format is a usage error, said before any
// analysis, in the standalone run and in the imports command.
func TestBadFormat(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)
	for _, args := range [][]string{{"-format=xml"}, {"imports", "-format=xml", "./..."}} {
		r := standalone(t, dir, args...)
		expectCode(t, "boundarylint "+strings.Join(args, " "), r, 2)
		if want := `unknown format "xml"; use one of text, json, sarif, github`; !strings.Contains(r.stderr, want) {
			t.Errorf("%s: stderr lacks %q:\n%s", strings.Join(args, " "), want, r.stderr)
		}
	}
}
