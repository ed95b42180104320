package golangci_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bothLinters is a .golangci.yml that runs boundarylint without imports
// and boundarylint-imports, as docs/editors recommends (the test of the
// docs runs the documented file itself).
const bothLinters = `version: "2"
linters:
  default: none
  enable: [boundarylint, boundarylint-imports]
  settings:
    custom:
      boundarylint:
        type: module
        settings:
          analyzers: [config, tx, ctxstate, remote, endpoints, events, ignores]
      boundarylint-imports:
        type: module
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`

// TestFastOnlySameImportFindings: golangci-lint --fast-only, which
// editors run, keeps boundarylint-imports (syntax load mode) and leaves
// boundarylint out; its findings are the vet tool's import findings on the
// example, line by line. Without --fast-only the two linters together
// report every finding of the vet tool once: boundarylint leaves the
// import rules to boundarylint-imports, and its ignores analyzer still
// counts the directives they use.
func TestFastOnlySameImportFindings(t *testing.T) {
	t.Parallel()
	dir, cache := monolith(t), t.TempDir()
	all := vetFindings(t, dir)
	cfg := filepath.Join(dir, ".golangci.yml")
	if err := os.WriteFile(cfg, []byte(bothLinters), 0o644); err != nil {
		t.Fatal(err)
	}
	lint := func(extra ...string) result {
		args := append([]string{"run", "--config", cfg, "--output.json.path=stdout", "--show-stats=false", "--allow-parallel-runners"}, extra...)
		return run(t, dir, []string{"GOLANGCI_LINT_CACHE=" + cache}, golangciLint, append(args, "./...")...)
	}
	fast := issues(t, dir, lint("--fast-only"))
	for _, is := range fast {
		if is.linter != "boundarylint-imports" {
			t.Errorf("--fast-only ran %s: %s", is.linter, is.finding)
		}
	}
	sameFindings(t, "golangci-lint run --fast-only", findingsOf(fast), onlyAnalyzer(all, "imports"))
	sameFindings(t, "golangci-lint run with both linters", findingsOf(issues(t, dir, lint())), all)

	// A cached re-run after an import elsewhere closes a cycle: in syntax
	// mode golangci-lint keys a package on its own files, so the stamp of
	// the module's imports must make users (untouched) report it.
	edit(t, filepath.Join(dir, "internal/users/users.go"), "import \"sync\"\n", "import (\n\t\"sync\"\n\n\t_ \"example.com/monolith/internal/payments/ledger\"\n)\n")
	again := findingsOf(issues(t, dir, lint("--fast-only")))
	sameFindings(t, "--fast-only after an import closed a cycle", again, onlyAnalyzer(vetFindings(t, dir), "imports"))
}

// issue is one golangci-lint issue: the finding and the linter.
type issue struct {
	finding
	linter string
}

// issues decodes golangci-lint's JSON report of a run that found issues,
// with file names relative to dir whatever the path mode.
func issues(t *testing.T, dir string, r result) []issue {
	t.Helper()
	if r.code != 1 {
		t.Fatalf("golangci-lint run: exit status %d, want 1 (issues found)\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &report); err != nil {
		t.Fatalf("decoding golangci-lint's JSON: %v\n%.2000s", err, r.stdout)
	}
	var out []issue
	for _, is := range report.Issues {
		file := is.Pos.Filename
		if rel, err := filepath.Rel(dir, file); filepath.IsAbs(file) && err == nil {
			file = rel
		}
		out = append(out, issue{finding{filepath.ToSlash(file), is.Pos.Line, is.Pos.Column, is.Text}, is.FromLinter})
	}
	return out
}

func findingsOf(is []issue) []finding {
	out := make([]finding, len(is))
	for i, x := range is {
		out[i] = x.finding
	}
	return sorted(out)
}

// onlyAnalyzer keeps the findings of one analyzer.
func onlyAnalyzer(fs []finding, analyzer string) []finding {
	var out []finding
	for _, f := range fs {
		if strings.HasPrefix(f.Text, analyzer+": ") {
			out = append(out, f)
		}
	}
	return out
}
