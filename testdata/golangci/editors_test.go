package golangci_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The editor pages in docs/editors mark the configurations and commands
// they give with "<!-- tested: NAME": this test runs them as written, on
// the example, and checks that they find the vet tool's import findings.

const docsDir = "../../docs/editors"

// tested returns the fenced code blocks of a docs page that follow a
// "<!-- tested: name" line, with their indentation removed.
func tested(t *testing.T, page, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(docsDir, page))
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	var block []string
	state := 0 // 0: looking for the marker, 1: for the fence, 2: in the block
	indent := ""
	for sc := bufio.NewScanner(bytes.NewReader(data)); sc.Scan(); {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case state == 0 && strings.HasPrefix(trimmed, "<!-- tested: "+name+" "):
			state = 1
		case state == 1 && strings.HasPrefix(trimmed, "```"):
			state, indent, block = 2, line[:len(line)-len(strings.TrimLeft(line, " "))], nil
		case state == 2 && trimmed == "```":
			blocks, state = append(blocks, strings.Join(block, "\n")+"\n"), 0
		case state == 2:
			block = append(block, strings.TrimPrefix(line, indent))
		}
	}
	if len(blocks) == 0 {
		t.Fatalf("%s has no block marked <!-- tested: %s", page, name)
	}
	return blocks
}

// TestEditorCommands runs each editor page's golangci-lint command with
// the configuration the pages give, in the directory the page says the
// editor runs it in, and compares what it reports with the vet tool's
// import findings in the files it lints.
func TestEditorCommands(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	for page, name := range map[string]string{"README.md": ".golangci.yml", "goland.md": ".golangci.editor.yml"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(tested(t, page, name)[0]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := onlyAnalyzer(vetFindings(t, dir), "imports")
	for _, tc := range []struct {
		page, cwd, scope string // scope: the package directory the command lints; tree: with those below
		tree             bool
	}{
		{"vscode.md", "internal/orders/service", "internal/orders/service", true},
		{"goland.md", "internal/orders/service", "internal/orders/service", false},
		{"neovim.md", ".", "internal/orders/service", false},
	} {
		t.Run(tc.page, func(t *testing.T) {
			for _, command := range tested(t, tc.page, "command") {
				args := strings.Fields(strings.TrimSpace(command))
				if args[0] != "custom-gcl" {
					t.Fatalf("%s: the tested command %q does not run custom-gcl", tc.page, command)
				}
				for i, a := range args {
					if strings.HasSuffix(a, ".yml") { // GoLand passes the config's absolute path
						args[i] = filepath.Join(dir, a)
					}
				}
				r := run(t, filepath.Join(dir, tc.cwd), []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}, golangciLint, args[1:]...)
				got := editorFindings(t, dir, command, r)
				sameFindings(t, tc.page+": "+command, got, inScope(want, tc.scope, tc.tree))
			}
		})
	}
}

// editorFindings reads the findings a documented command printed, as text
// (file:line:col: text (linter)) or as JSON, as the command asked.
func editorFindings(t *testing.T, dir, command string, r result) []finding {
	t.Helper()
	if !strings.Contains(command, "--output.json.path=stdout") {
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("%s: exit status %d\nstderr:\n%s", command, r.code, r.stderr)
		}
		var out []finding
		for line := range strings.Lines(r.stdout) {
			f, ok := parseTextIssue(dir, strings.TrimSpace(line))
			if !ok {
				t.Fatalf("%s: cannot read the line %q", command, line)
			}
			out = append(out, f)
		}
		return sorted(out)
	}
	if r.code == 0 && strings.Contains(command, "--issues-exit-code=0") {
		r.code = 1 // the editor's flag: issues, but exit status 0
	}
	return findingsOf(issues(t, dir, r))
}

// parseTextIssue reads "file:line:col: text (boundarylint-imports)".
func parseTextIssue(dir, line string) (finding, bool) {
	text, ok := strings.CutSuffix(line, " (boundarylint-imports)")
	parts := strings.SplitN(text, ":", 4)
	if !ok || len(parts) != 4 {
		return finding{}, false
	}
	var f finding
	file := parts[0]
	if rel, err := filepath.Rel(dir, file); err == nil {
		file = rel
	}
	f.File, f.Text = filepath.ToSlash(file), strings.TrimPrefix(parts[3], " ")
	if _, err := fmt.Sscan(parts[1], &f.Line); err != nil {
		return finding{}, false
	}
	if _, err := fmt.Sscan(parts[2], &f.Column); err != nil {
		return finding{}, false
	}
	return f, true
}

// inScope keeps the findings in the files of the package directory scope,
// and with tree in those below it.
func inScope(fs []finding, scope string, tree bool) []finding {
	var out []finding
	for _, f := range fs {
		d := filepath.ToSlash(filepath.Dir(f.File))
		if d == scope || tree && strings.HasPrefix(d, scope+"/") {
			out = append(out, f)
		}
	}
	return out
}

// TestEditorStdin runs the documented stdin command with a buffer holding
// an import the spec forbids, and compares what it reports with the vet
// tool's findings in that file once the buffer is saved.
func TestEditorStdin(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	const file = "internal/users/users.go"
	disk, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	buffer := strings.Replace(string(disk), "import \"sync\"\n", "import (\n\t\"sync\"\n\n\t\"example.com/monolith/internal/payments/ledger\"\n)\n\nvar _ ledger.Ledger\n", 1)
	command := tested(t, "neovim.md", "stdin")[0]
	args := strings.Fields(strings.TrimSuffix(strings.TrimSpace(command), "< buffer.go"))
	if args[0] != "boundarylint" || !slices.Contains(args, file) {
		t.Fatalf("the tested stdin command %q does not run boundarylint on %s", command, file)
	}
	cmd := exec.Command(boundarylint, args[1:]...)
	cmd.Dir, cmd.Stdin = dir, strings.NewReader(buffer)
	out, err := cmd.Output()
	if code := cmd.ProcessState.ExitCode(); code != 3 {
		t.Fatalf("%s: exit status %d (%v), want 3 (findings)\n%s", command, code, err, out)
	}
	var report struct {
		Findings []struct {
			Analyzer string
			Pos      struct {
				File         string
				Line, Column int
			}
			Message string
		}
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("%s: %v\n%s", command, err, out)
	}
	var got []finding
	for _, f := range report.Findings {
		got = append(got, finding{filepath.ToSlash(f.Pos.File), f.Pos.Line, f.Pos.Column, f.Analyzer + ": " + f.Message})
	}
	if err := os.WriteFile(filepath.Join(dir, file), []byte(buffer), 0o644); err != nil {
		t.Fatal(err)
	}
	want := inScope(onlyAnalyzer(vetFindings(t, dir), "imports"), "internal/users", false)
	if len(want) == 0 {
		t.Fatal("the saved buffer has no import finding: the comparison would prove nothing")
	}
	sameFindings(t, command, sorted(got), want)
}
