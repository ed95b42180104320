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

// TestBaselineEditInvalidatesVetCache: go vet must never serve results
// cached under another baseline. Baselining every rule finding silences
// them; removing one entry brings exactly that finding back; deleting the
// file brings all back; a broken file fails every run, cached or not.
func TestBaselineEditInvalidatesVetCache(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	all := vetFindings(t, dir)
	var rules []finding.Finding
	for _, f := range all {
		if f.Analyzer != "ignores" {
			rules = append(rules, f)
		}
	}
	if len(rules) < 5 {
		t.Fatalf("want the example's findings of every rule analyzer, got %d", len(rules))
	}
	before := findings(vet(t, dir, "./...").stderr, dir)
	path := filepath.Join(dir, "boundaries.baseline.json")
	if err := baseline.FromFindings(rules).Write(path); err != nil {
		t.Fatal(err)
	}
	baselined := vet(t, dir, "./...")
	for _, f := range rules {
		if strings.Contains(baselined.stderr, f.Message) {
			t.Errorf("go vet still reports a baselined finding (a result cached under no baseline?): %s", f.Message)
		}
	}
	again := vetFindings(t, dir)
	for _, f := range again {
		if f.Analyzer != "ignores" && !f.Baselined {
			t.Errorf("with -findings, a baselined finding is not marked Baselined: %+v", f)
		}
	}
	if len(again) != len(all) {
		t.Errorf("with -findings and a baseline: %d findings, want all %d", len(again), len(all))
	}

	dropped := rules[0]
	b, err := baseline.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var kept []finding.Finding
	for _, f := range rules {
		if f.Key() != dropped.Key() {
			kept = append(kept, f)
		}
	}
	if err := baseline.FromFindings(kept).Write(path); err != nil || b.Len() == 0 {
		t.Fatal(err)
	}
	if got := vet(t, dir, "./...").stderr; !strings.Contains(got, dropped.Message) {
		t.Errorf("after removing its entry, go vet does not report %q (a cached result?):\n%s", dropped.Message, got)
	}

	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if got := findings(vet(t, dir, "./...").stderr, dir); got != before {
		t.Errorf("after deleting the baseline, go vet reports\n%s\nwant what it reported before the baseline\n%s", got, before)
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
