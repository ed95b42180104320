package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// exampleCommand is a command line of the docs that runs the tool on the
// bundled example: go run ./cmd/boundarylint -C testdata/monolith ARGS.
var exampleCommand = regexp.MustCompile(`^go run \./cmd/boundarylint -C testdata/monolith\b(.*)$`)

// TestDocsCommandsRun runs every command line the front door and the
// workflow page quote on the example, with the flags they quote, and
// checks each ends as a run that analysed (exit 0 or 3), never with a usage
// or load error; and that the finding the README quotes is the example's.
func TestDocsCommandsRun(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	var lines []string
	for _, page := range []string{"README.md", "docs/workflow.md"} {
		data, err := os.ReadFile(filepath.Join("..", "..", page))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			if m := exampleCommand.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
				lines = append(lines, m[1])
			}
		}
	}
	if len(lines) < 10 {
		t.Fatalf("found %d example commands in the docs, want the tour's and the workflow's", len(lines))
	}
	snapshot := filepath.Join(t.TempDir(), "week.json")
	for _, line := range lines {
		line, _, _ = strings.Cut(line, "#") // the comment
		line, _, _ = strings.Cut(line, "|") // the pipe into dot
		args := strings.Fields(strings.ReplaceAll(line, "/tmp/week48.json", snapshot))
		r := standalone(t, dir, args...)
		if r.code != 0 && r.code != 3 {
			t.Errorf("boundarylint %s (quoted in the docs): exit status %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	r := standalone(t, dir)
	for line := range strings.Lines(string(readme)) {
		if strings.HasPrefix(line, "internal/") && !strings.Contains(r.stderr, line) {
			t.Errorf("the README quotes a finding the example does not report:\n%s", line)
		}
	}
}
