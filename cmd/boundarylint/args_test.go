package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/report/format"
)

func TestChangeDir(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, args := range [][]string{{"-C", dir, "check"}, {"-C=" + dir, "check"}, {"--C", dir, "check"}} {
		t.Chdir(wd) // and back to it when the test ends
		rest, err := changeDir(args)
		got, _ := os.Getwd()
		if err != nil || !reflect.DeepEqual(rest, []string{"check"}) || !sameDir(got, dir) {
			t.Errorf("changeDir(%q) = %q, %v, in %s; want [check], nil, in %s", args, rest, err, got, dir)
		}
	}
	t.Chdir(wd)
	if rest, err := changeDir([]string{"-json", "-C", dir}); err != nil || len(rest) != 3 {
		t.Errorf("-C after another flag must be left to the checker, got %q, %v", rest, err)
	}
	if _, err := changeDir([]string{"-C"}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("-C without a directory: err = %v", err)
	}
}

func sameDir(a, b string) bool {
	a, _ = filepath.EvalSymlinks(a)
	b, _ = filepath.EvalSymlinks(b)
	return a == b
}

// TestHelp pins "boundarylint help" in a golden file: our commands, our
// analyzers and our flags, none of the multichecker's generic text; and
// checks that "help ANALYZER", "help COMMAND" and "help RULE" answer, for
// every command and rule (a rule's text comes from the registry).
func TestHelp(t *testing.T) {
	skipShort(t)
	r := run(t, ".", nil, binary, "help")
	expectCode(t, "boundarylint help", r, 0)
	golden(t, "help.txt", r.stdout)
	for _, boilerplate := range []string{"Printf", "strings.SplitSeq", "go fix", "Registered analyzers", "deprecated"} {
		if strings.Contains(r.stdout, boilerplate) {
			t.Errorf("help prints the multichecker's text %q:\n%s", boilerplate, r.stdout)
		}
	}
	r = run(t, ".", nil, binary, "help", "imports")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "imports: check imports") {
		t.Errorf("help imports: exit %d\n%s", r.code, r.stdout)
	}
	for _, c := range commands() {
		if isAnalyzer(c.name) {
			continue
		}
		r = run(t, ".", nil, binary, "help", c.name)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "usage: boundarylint "+c.name) {
			t.Errorf("help %s: exit %d\n%s", c.name, r.code, r.stdout)
		}
	}
	for _, rule := range finding.Rules() {
		r = run(t, ".", nil, binary, "help", rule.ID)
		if r.code != 0 || r.stdout != format.RuleText(rule) {
			t.Errorf("help %s: exit %d\n%s", rule.ID, r.code, r.stdout)
		}
	}
	r = run(t, ".", nil, binary, "imports", "-h")
	if r.code != 2 || !strings.HasPrefix(r.stderr, "usage: boundarylint imports") {
		t.Errorf("imports -h: exit %d\n%s", r.code, r.stderr)
	}
}
