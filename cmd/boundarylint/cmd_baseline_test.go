package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBaselineAdoption walks the README's adoption recipe on the example:
// fix the directive findings (a baseline never holds them), record the
// legacy findings, see a clean run in every mode, catch one new violation
// alone (which boundarylint baseline does not record without -grow), then
// fix a recorded one and see the run fail on the stale entry until the
// baseline shrinks.
func TestBaselineAdoption(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	file := filepath.Join(dir, "boundaries.baseline.json")

	edit(t, filepath.Join(dir, "internal", "inventory", "stock", "stock.go"), "\t//boundarylint:ignore legacy import, kept until the stock table moves\n", "")
	expectCode(t, "boundarylint baseline", standalone(t, dir, "baseline"), 0)
	written := read(t, file)
	golden(t, "baseline.json", written)
	expectCode(t, "boundarylint baseline, again", standalone(t, dir, "baseline"), 0)
	if read(t, file) != written {
		t.Errorf("a second boundarylint baseline changed the file: not deterministic")
	}
	for _, args := range [][]string{{"./..."}, {"imports", "./..."}} {
		r := standalone(t, dir, args...)
		expectCode(t, "boundarylint "+strings.Join(args, " ")+" with every finding in the baseline", r, 0)
		if got := findings(r.stderr, dir); got != "\n" {
			t.Errorf("want no findings, got:\n%s", got)
		}
	}

	seeded := filepath.Join(dir, "internal", "orders", "service", "seeded.go")
	write(t, seeded, "package service\n\nimport \"os\"\n\nfunc seeded() string { return os.Getenv(\"STRIPE_SEEDED\") }\n")
	r := standalone(t, dir, "./...")
	expectCode(t, "boundarylint with one new violation", r, 3)
	if got := findings(r.stderr, dir); !strings.HasPrefix(got, "internal/orders/service/seeded.go:5:") || strings.Count(got, "\n") != 1 {
		t.Errorf("want only the seeded finding, got:\n%s", got)
	}
	r = standalone(t, dir, "baseline")
	expectCode(t, "boundarylint baseline with a new violation", r, 0)
	if read(t, file) != written || !strings.Contains(r.stderr, "new findings not recorded: 1;") {
		t.Errorf("boundarylint baseline without -grow recorded a new finding, or did not say it left it out:\n%s", r.stderr)
	}
	if err := os.Remove(seeded); err != nil {
		t.Fatal(err)
	}

	edit(t, filepath.Join(dir, "internal", "orders", "service", "env_test.go"), `os.Getenv("STRIPE_SECRET_KEY")`, `os.Getenv("ORDERS_SECRET_KEY")`)
	r = standalone(t, dir, "./...")
	expectCode(t, "boundarylint after fixing a baselined violation", r, 3)
	for _, want := range []string{"boundaries.baseline.json: baseline entry config/env ", "STRIPE_SECRET_KEY", "run `boundarylint baseline` to shrink"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the stale entry is not named: want %q in\n%s", want, r.stderr)
		}
	}
	expectCode(t, "boundarylint imports after fixing a config finding (not its rules')", standalone(t, dir, "imports", "./..."), 0)
	expectCode(t, "boundarylint baseline after the fix", standalone(t, dir, "baseline"), 0)
	if shrunk := read(t, file); len(shrunk) >= len(written) || strings.Contains(shrunk, `"from":"example.com/monolith/internal/orders/service_test","to_component":"payments","subject_kind":"env","subject":"STRIPE_SECRET_KEY"`) {
		t.Errorf("boundarylint baseline did not drop the fixed entry:\n%s", shrunk)
	}
	expectCode(t, "boundarylint with the shrunk baseline", standalone(t, dir, "./..."), 0)
}

// TestBaselineErrors: a broken or missing baseline is an error that names
// the file, never an empty baseline; the baseline command takes no
// packages.
func TestBaselineErrors(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	write(t, filepath.Join(dir, "boundaries.baseline.json"), "{\n  \"version\": 2,\n  \"findings\": []\n}\n")
	for _, args := range [][]string{{"./..."}, {"imports", "./..."}, {"baseline"}} {
		r := standalone(t, dir, args...)
		expectCode(t, "boundarylint "+strings.Join(args, " ")+" with a wrong-version baseline", r, 1)
		if !strings.Contains(r.stderr, "boundaries.baseline.json:2:") {
			t.Errorf("boundarylint %s: the error does not cite the baseline's line:\n%s", strings.Join(args, " "), r.stderr)
		}
	}
	r := standalone(t, dir, "-baseline=missing.json", "./...")
	expectCode(t, "boundarylint -baseline naming no file", r, 1)
	if !strings.Contains(r.stderr, "missing.json") {
		t.Errorf("the error does not name the missing file:\n%s", r.stderr)
	}
	expectCode(t, "boundarylint baseline with packages", standalone(t, dir, "baseline", "./internal/..."), 2)
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// edit replaces the first old in the file at path with new and returns
// the line new starts on.
func edit(t *testing.T, path, old, new string) int {
	t.Helper()
	data := read(t, path)
	i := strings.Index(data, old)
	if i < 0 {
		t.Fatalf("%s has no %q", path, old)
	}
	write(t, path, strings.Replace(data, old, new, 1))
	return 1 + strings.Count(data[:i], "\n")
}
