package golangci_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// finding is one diagnostic, as both tools can print it: the file relative
// to the module root, the position, and "analyzer: message", which is how
// golangci-lint prints a diagnostic of a linter with several analyzers.
type finding struct {
	File         string
	Line, Column int
	Text         string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Column, f.Text)
}

// config is a .golangci.yml that runs boundarylint alone, with every
// finding shown, and its settings as given (YAML, indented by 8).
func config(settings string) string {
	return `version: "2"
run:
  relative-path-mode: gomod
linters:
  default: none
  enable: [boundarylint]
  settings:
    custom:
      boundarylint:
        type: module
        description: Architecture boundaries from boundaries.yaml.
        settings:
` + settings + `
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`
}

const defaultSettings = "          spec: boundaries.yaml"

// golangci runs the custom golangci-lint in dir with a .golangci.yml holding
// settings, on a results cache of its own (cache, shared by the runs of one
// test), in parallel with the other tests' runs.
func golangci(t *testing.T, dir, cache, settings string) result {
	t.Helper()
	cfg := filepath.Join(dir, ".golangci.yml")
	if err := os.WriteFile(cfg, []byte(config(settings)), 0o644); err != nil {
		t.Fatal(err)
	}
	return run(t, dir, []string{"GOLANGCI_LINT_CACHE=" + cache}, golangciLint,
		"run", "--config", cfg, "--output.json.path=stdout", "--show-stats=false",
		"--allow-parallel-runners", "./...")
}

// golangciFindings runs golangci-lint, expecting findings, and decodes them.
func golangciFindings(t *testing.T, dir, cache, settings string) []finding {
	t.Helper()
	r := golangci(t, dir, cache, settings)
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
	var out []finding
	for _, is := range report.Issues {
		if is.FromLinter != "boundarylint" {
			t.Errorf("issue from linter %q, want only boundarylint: %s", is.FromLinter, is.Text)
		}
		out = append(out, finding{filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column, is.Text})
	}
	return sorted(out)
}

// vetFindings runs the boundarylint vet tool standalone in dir (the cmd
// end-to-end test proves go vet -vettool prints the same) and decodes its
// structured JSON (-format json), which exits 3 on findings.
func vetFindings(t *testing.T, dir string) []finding {
	t.Helper()
	r := run(t, dir, nil, boundarylint, "-format=json", "./...")
	if r.code != 3 {
		t.Fatalf("boundarylint -format=json: exit status %d, want 3 (findings)\n%s", r.code, r.stderr)
	}
	var report struct {
		Findings []struct {
			Rule     string
			Analyzer string
			Pos      struct {
				File         string
				Line, Column int
			}
			Message string
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &report); err != nil {
		t.Fatalf("boundarylint -format=json: %v\n%s", err, r.stdout)
	}
	var out []finding
	for _, f := range report.Findings {
		if strings.HasSuffix(f.Rule, "/unused-claim") {
			continue // whole-module rules: golangci-lint sees one package at a time
		}
		out = append(out, finding{File: filepath.ToSlash(f.Pos.File), Line: f.Pos.Line, Column: f.Pos.Column, Text: f.Analyzer + ": " + f.Message})
	}
	if len(out) == 0 {
		t.Fatal("boundarylint found nothing in the example; the comparison would prove nothing")
	}
	return sorted(out)
}

// sorted sorts findings and drops duplicates: a package's findings repeat
// in its test variant, and golangci-lint prints each once.
func sorted(fs []finding) []finding {
	slices.SortFunc(fs, func(a, b finding) int { return strings.Compare(key(a), key(b)) })
	return slices.Compact(fs)
}

func key(f finding) string {
	return fmt.Sprintf("%s\x00%09d\x00%09d\x00%s", f.File, f.Line, f.Column, f.Text)
}

// sameFindings fails the test unless got and want are equal, printing the
// difference.
func sameFindings(t *testing.T, what string, got, want []finding) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	var b strings.Builder
	for _, f := range want {
		if !slices.Contains(got, f) {
			fmt.Fprintf(&b, "missing: %s\n", f)
		}
	}
	for _, f := range got {
		if !slices.Contains(want, f) {
			fmt.Fprintf(&b, "extra:   %s\n", f)
		}
	}
	t.Errorf("%s: golangci-lint's findings differ from the vet tool's\n%s", what, b.String())
}
