package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modspec"
)

// vetFindings runs driver.Vet (go vet -json with every -findings flag)
// with the binary under test, in the environment of the other runs, and
// returns its findings, each once.
func vetFindings(t *testing.T, dir string) []finding.Finding {
	t.Helper()
	spec, err := modspec.Load(filepath.Join(dir, "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := driver.Vet(driver.Config{Spec: spec, Dir: dir, Tool: binary, Env: testEnv()})
	if err != nil {
		t.Fatal(err)
	}
	return res.Findings
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

// TestBaselineOffLeavesVersion: with $BOUNDARYLINT_BASELINE=off, as
// driver.Vet runs go vet, the -V=full answer does not depend on the
// baseline, so a whole-module run reuses go vet's results after the
// baseline changes; without it, the answer changes with the baseline.
func TestBaselineOffLeavesVersion(t *testing.T) {
	t.Parallel()
	dir := smallModule(t)
	off := []string{baseline.EnvVar + "=off"}
	version := func(env []string) string {
		r := run(t, dir, env, binary, "-V=full")
		expectCode(t, "-V=full", r, 0)
		return r.stdout
	}
	before, beforeOff := version(nil), version(off)
	write(t, filepath.Join(dir, "boundaries.baseline.json"), string(baseline.FromFindings(vetFindings(t, dir)).Encode()))
	if version(nil) == before {
		t.Errorf("-V=full did not change when the baseline appeared")
	}
	if version(off) != beforeOff {
		t.Errorf("-V=full with %s changed when the baseline appeared", off[0])
	}
}
