package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
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

// TestUnreadSummary: on testdata/unread (4 SQL statements the tx analyzer
// cannot read, in 3 packages, and one finding) the text output ends with
// the count by reason, which changes no exit status, and the JSON output
// has it per package with each place's reason; go vet with boundarylint as its tool prints the finding alone.
func TestUnreadSummary(t *testing.T) {
	t.Parallel()
	skipShort(t)
	dir := filepath.Join("..", "..", "testdata", "unread")
	text := standalone(t, dir)
	expectCode(t, "boundarylint", text, 3)
	lines := strings.Split(strings.TrimSuffix(text.stderr, "\n"), "\n")
	if want := "tx: 4 SQL statements in 3 packages could not be read: 3 built at run time, 1 SQL text from a variable; see -format json"; len(lines) != 2 || lines[1] != want {
		t.Errorf("text output: want the finding, then %q; got\n%s", want, text.stderr)
	}
	js := standalone(t, dir, "-format=json")
	expectCode(t, "boundarylint -format=json", js, 3)
	var out struct {
		Unread []struct {
			Package string
			Count   int
			At      []struct{ Reason string }
		}
	}
	if err := json.Unmarshal([]byte(js.stdout), &out); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range out.Unread {
		got = append(got, fmt.Sprintf("%s %d", u.Package, u.Count))
		for _, p := range u.At {
			got = append(got, "  "+p.Reason)
		}
	}
	if want := []string{"example.com/unread/orders/repo 2", "  built at run time", "  built at run time", "example.com/unread/orders/repo_test 1", "  SQL text from a variable",
		"example.com/unread/payments/store 1", "  built at run time"}; !slices.Equal(got, want) {
		t.Errorf("JSON unread = %q, want %q", got, want)
	}
	plain := vet(t, dir, "./...")
	if strings.Contains(plain.stderr, "tx/unread") || strings.Contains(plain.stderr, "not checked") || strings.Count(plain.stderr, "\n") != 1 {
		t.Errorf("go vet -vettool: want the finding alone, got\n%s", plain.stderr)
	}
}
