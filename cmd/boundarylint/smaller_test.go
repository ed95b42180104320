package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageFlagsAndAttribution: an unknown -focus component is a usage
// error (exit 2); flags after the package pattern are flags; -test=false
// combines with -format and leaves out the findings in test files;
// ignores/unused findings name their component; baseline -grow does not
// advise -grow for findings no baseline records.
func TestUsageFlagsAndAttribution(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)
	expectCode(t, "graph -focus unknown", standalone(t, dir, "graph", "-focus", "unknown"), 2)

	var out struct {
		Findings []struct {
			Rule          string `json:"rule"`
			FromComponent string `json:"from_component"`
			Pos           struct{ File string }
		}
	}
	r := standalone(t, dir, "imports", "./...", "-format", "json")
	expectCode(t, "imports ./... -format json", r, 3)
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || len(out.Findings) == 0 {
		t.Errorf("imports ./... -format json: not the JSON findings (%v):\n%s", err, r.stdout)
	}

	r = standalone(t, dir, "./...", "-test=false", "-format", "json")
	expectCode(t, "./... -test=false -format json", r, 3)
	out.Findings = nil
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || len(out.Findings) == 0 {
		t.Fatalf("./... -test=false -format json: not the JSON findings (%v):\n%s\n%s", err, r.stdout, r.stderr)
	}
	unused := false
	for _, f := range out.Findings {
		if strings.HasSuffix(f.Pos.File, "_test.go") {
			t.Errorf("-test=false: a finding in a test file: %+v", f)
		}
		if f.Rule == "ignores/unused" {
			unused = true
			if f.FromComponent != "inventory" {
				t.Errorf("ignores/unused in internal/inventory/stock: from_component %q, want inventory", f.FromComponent)
			}
		}
	}
	if !unused {
		t.Error("no ignores/unused finding in the example")
	}

	r = standalone(t, dir, "baseline", "-grow", "-baseline", filepath.Join(t.TempDir(), "b.json"))
	expectCode(t, "baseline -grow", r, 0)
	if strings.Contains(r.stderr, "-grow accepts them") {
		t.Errorf("baseline -grow advises -grow:\n%s", r.stderr)
	}
}
