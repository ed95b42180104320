package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/internal/synthmod"
)

// synthModule generates a layered module of n packages, in components of
// per, into a fresh directory.
func synthModule(t testing.TB, n, per int) *synthmod.Module {
	t.Helper()
	m, err := synthmod.Generate(filepath.Join(t.TempDir(), "synth"), synthmod.Options{Packages: n, PerComponent: per})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestSyntheticFindingsAreSeeded checks recall and extras at once on a
// generated module: the whole run reports exactly the couplings the
// generator seeded, and the imports path exactly its import couplings.
func TestSyntheticFindingsAreSeeded(t *testing.T) {
	skipShort(t)
	t.Parallel()
	m := synthModule(t, 60, 10)
	var want, wantImports []string
	for _, s := range m.Seeded {
		line := fmt.Sprintf("%s:%d: %s -> %s", s.File, s.Line, s.Rule, s.ToComponent)
		want = append(want, line)
		if strings.HasPrefix(s.Rule, "imports/") {
			wantImports = append(wantImports, line)
		}
	}
	if len(want) < 4 || len(wantImports) < 2 {
		t.Fatalf("the generator seeded too little to test: %v", want)
	}
	check := func(name string, r result, want []string) {
		t.Helper()
		expectCode(t, name, r, 3)
		var report struct{ Findings []finding.Finding }
		if err := json.Unmarshal([]byte(r.stdout), &report); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, r.stdout)
		}
		var got []string
		for _, f := range report.Findings {
			got = append(got, fmt.Sprintf("%s:%d: %s -> %s", f.Pos.RelFile, f.Pos.Line, f.Rule, f.ToComponent))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: findings are not the seeded couplings\n--- got\n%s\n--- seeded\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	check("boundarylint -json", standalone(t, m.Dir, "-json"), want)
	check("boundarylint imports -json", standalone(t, m.Dir, "imports", "-json"), wantImports)
}
