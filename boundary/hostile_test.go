package boundary

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// aliasBomb is a spec of a few hundred bytes whose aliases expand to
// width^depth env claims.
func aliasBomb(width, depth int) string {
	var b strings.Builder
	b.WriteString("version: 1\nx0: &a0 [A]\n")
	for i := 1; i <= depth; i++ {
		fmt.Fprintf(&b, "x%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), width), ", "))
	}
	fmt.Fprintf(&b, "components:\n  a:\n    packages: [a/...]\n    owns: {env: *a%d}\n", depth)
	return b.String()
}

// TestAliasExpansionBounded checks that aliases cannot blow a small spec up
// into millions of entries: the spec is rejected with an error naming the
// alias that crosses the bound, before anything walks the expansion.
func TestAliasExpansionBounded(t *testing.T) {
	src := aliasBomb(10, 9) // 10^9 claims from 400 bytes
	_, err := Parse(FileName, []byte(src), mod)
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("Parse: %v; want spec errors", err)
	}
	const want = "alias *a4 makes the spec grow past 100000 entries through aliases; write the entries out, or alias fewer or smaller nodes"
	if es[0].Msg != want || es[0].Pos.Line != 7 {
		t.Errorf("got %v\nwant boundaries.yaml:7:...: %s", err, want)
	}
	if _, err := Parse(FileName, []byte(aliasBomb(3, 3)), mod); err == nil || !strings.Contains(err.Error(), "unknown key \"x0\"") {
		t.Errorf("a small expansion is decoded as usual: %v", err)
	}
}

// TestAliasErrorsAtTheAlias checks that a mistake reached through an alias
// is reported where the alias is used, in the component that uses it, not
// at the anchor in another component.
func TestAliasErrorsAtTheAlias(t *testing.T) {
	src := `version: 1
components:
  a:
    packages: &p [a/...]
    owns: {env: &e [A_*]}
  b:
    packages: [b/...]
    owns: {env: *e}
`
	_, err := Parse(FileName, []byte(src), mod)
	const want = "boundaries.yaml:8:17: env A_* is claimed by both a (line 5) and b; give it to one component, or claim a more specific pattern in one of them"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestBadBytesAndTabsWhereTheyAre checks that bytes YAML does not allow
// and tabs in the indentation are reported at their line and column.
func TestBadBytesAndTabsWhereTheyAre(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"invalid UTF-8", "version: 1\ncomponents:\n  a:\n    packages: [a/\xff]\n",
			"4:18: invalid YAML: the spec holds byte 0xff, which is not valid UTF-8; save the spec as UTF-8"},
		{"NUL", "version: 1\ncomponents:\n  a:\n    packages: [a/\x00]\n",
			"4:18: invalid YAML: the spec holds the control character U+0000; remove it"},
		{"tab after a list, reported a line early by yaml.v3", "version: 1\ncomponents:\n  a:\n    packages:\n      - a/...\n\t\n  b: {packages: [b]}\n",
			"6:1: invalid YAML: a tab in the indentation; indent with spaces only"},
		{"tab after spaces", "version: 1\ncomponents:\n  a:\n    packages:\n    \t- a/...\n",
			"5:5: invalid YAML: a tab in the indentation; indent with spaces only"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(FileName, []byte(tt.src), mod)
			if err == nil || err.Error() != FileName+":"+tt.want {
				t.Errorf("got %v\nwant %s:%s", err, FileName, tt.want)
			}
		})
	}
}

// TestShadowCheckBounded checks that a spec built to make the
// owned-inside-shared check slow (a thousand long shared patterns whose
// star must try many places, against a thousand long claims) loads in a
// moment: glob matches each piece between stars at its leftmost place.
func TestShadowCheckBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\ncomponents:\n  a:\n    packages: [a/...]\n    owns:\n      env:\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "        - %s%dB\n", strings.Repeat("A", 250), i)
	}
	b.WriteString("config:\n  shared:\n    env:\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "      - \"*%s%dC*B\"\n", strings.Repeat("A", 128), i)
	}
	start := time.Now()
	if _, err := Parse(FileName, []byte(b.String()), mod); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("loading took %v", d)
	}
}
