package main

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
)

// findingsFlags asks every rule analyzer for its findings as data.
var findingsFlags = []string{"-json", "-imports.findings", "-config.findings", "-tx.findings"}

// vetFindings runs go vet -json with -findings and decodes the Finding
// attached to each diagnostic, each once (go vet repeats a package's
// diagnostics for its test variant).
func vetFindings(t *testing.T, dir string) []finding.Finding {
	t.Helper()
	r := vet(t, dir, append(findingsFlags, "./...")...)
	expectCode(t, "go vet -json -findings", r, 0)
	type diagnostic struct {
		Related []struct {
			Message string `json:"message"`
		} `json:"related"`
	}
	seen := map[string]bool{}
	var out []finding.Finding
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	for {
		var tree map[string]map[string][]diagnostic
		if err := dec.Decode(&tree); errors.Is(err, io.EOF) {
			return out
		} else if err != nil {
			t.Fatalf("go vet -json: %v\n%s", err, r.stdout)
		}
		for _, byAnalyzer := range tree {
			for _, diags := range byAnalyzer {
				for _, d := range diags {
					if len(d.Related) == 0 || seen[d.Related[0].Message] {
						continue
					}
					seen[d.Related[0].Message] = true
					f, ok, err := finding.Decode(d.Related[0].Message)
					if !ok || err != nil {
						t.Fatalf("diagnostic without a finding: %q, %v", d.Related[0].Message, err)
					}
					out = append(out, f)
				}
			}
		}
	}
}

// smallModule writes a module whose packages import nothing but each
// other, so that go vet, which re-analyses every dependency when -V=full
// changes, stays fast: orders/a and orders/b each import payments' private
// ledger.
func smallModule(t *testing.T) string {
	t.Helper()
	skipShort(t)
	dir := t.TempDir()
	for name, data := range map[string]string{
		"go.mod":                    "module example.com/shop\n\ngo 1.26.0\n",
		"boundaries.yaml":           "version: 1\ncomponents:\n  orders:\n    packages: [orders/...]\n    depends_on: [payments]\n  payments:\n    packages: [payments/...]\n    api: [payments/api]\n",
		"payments/api/api.go":       "package api\n",
		"payments/ledger/ledger.go": "package ledger\n",
		"orders/a/a.go":             "package a\n\nimport _ \"example.com/shop/payments/ledger\"\n",
		"orders/b/b.go":             "package b\n\nimport _ \"example.com/shop/payments/ledger\"\n",
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBaselineEditInvalidatesVetCache: go vet must never serve results
// cached under another baseline. Baselining both findings silences them;
// removing one entry brings exactly that finding back; deleting the file
// brings both back; a broken file fails every run, cached or not.
func TestBaselineEditInvalidatesVetCache(t *testing.T) {
	t.Parallel()
	dir := smallModule(t)
	all := vetFindings(t, dir)
	if len(all) != 2 {
		t.Fatalf("want the two private imports, got %+v", all)
	}
	before := vet(t, dir, "./...")
	expectCode(t, "go vet without a baseline", before, 1)
	path := filepath.Join(dir, "boundaries.baseline.json")
	if err := baseline.FromFindings(all).Write(path); err != nil {
		t.Fatal(err)
	}
	expectCode(t, "go vet with both findings baselined (a result cached under no baseline?)", vet(t, dir, "./..."), 0)

	if err := baseline.FromFindings(all[1:]).Write(path); err != nil {
		t.Fatal(err)
	}
	after := vet(t, dir, "./...")
	if got := findings(after.stderr, dir); after.code != 1 || !strings.Contains(got, all[0].Message) || strings.Contains(got, all[1].Message) {
		t.Errorf("after removing one entry: exit status %d, want 1 and only %q (a cached result?):\n%s", after.code, all[0].Message, got)
	}

	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if got, want := findings(vet(t, dir, "./...").stderr, dir), findings(before.stderr, dir); got != want {
		t.Errorf("after deleting the baseline, go vet reports\n%s\nwant what it reported before the baseline\n%s", got, want)
	}

	if err := os.WriteFile(path, []byte("{\"version\": 1,\n  \"findings\": [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		r := vet(t, dir, "./...")
		if want := "boundaries.baseline.json:3:1: unexpected end of file"; r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("run %d with a truncated baseline: exit status %d, want 1 with %q\n%s", i+1, r.code, want, r.stderr)
		}
	}
}
