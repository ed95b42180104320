package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildsModule writes a dependency-free module in which component low
// imports component high from each kind of file a build may or may not
// read: a file behind //go:build extra (low/impl imports high/extra), a cgo
// file (high/native), a test file (high/tested), a testdata directory and
// a nested module (high/h). high/h imports low/api, which imports low/impl,
// so each import from low to high that a build reads closes the component
// cycle high -> low -> high and opens a chain out of the isolated
// component iso (iso/i imports low/api).
func buildsModule(t *testing.T) string {
	t.Helper()
	skipShort(t)
	dir := filepath.Join(t.TempDir(), "builds")
	for name, content := range map[string]string{
		"go.mod": "module example.com/builds\n\ngo 1.26\n",
		"boundaries.yaml": "version: 1\nmodule: example.com/builds\ncomponents:\n" +
			"  low:\n    packages: [low/...]\n    api: [low/api]\n" +
			"  high:\n    packages: [high/...]\n    depends_on: [low]\n" +
			"  iso:\n    packages: [iso/...]\n    depends_on: [low]\n    isolated: true\n",
		"low/api/api.go":        "package api\n\nimport _ \"example.com/builds/low/impl\"\n",
		"low/impl/impl.go":      "package impl\n",
		"low/impl/extra.go":     "//go:build extra\n\npackage impl\n\nimport _ \"example.com/builds/high/extra\"\n",
		"low/impl/native.go":    "package impl\n\n// int one(void) { return 1; }\nimport \"C\"\n\nimport _ \"example.com/builds/high/native\"\n\nvar _ = C.one\n",
		"low/impl/impl_test.go": "package impl\n\nimport _ \"example.com/builds/high/tested\"\n",
		"low/testdata/t/t.go":   "package t\n\nimport _ \"example.com/builds/high/h\"\n",
		"low/nested/go.mod":     "module example.com/builds/low/nested\n\ngo 1.26\n",
		"low/nested/nested.go":  "package nested\n\nimport _ \"example.com/builds/high/h\"\n",
		"high/h/h.go":           "package h\n\nimport _ \"example.com/builds/low/api\"\n",
		"high/extra/extra.go":   "package extra\n",
		"high/native/native.go": "package native\n",
		"high/tested/tested.go": "package tested\n",
		"iso/i/i.go":            "package i\n\nimport _ \"example.com/builds/low/api\"\n",
	} {
		write(t, filepath.Join(dir, filepath.FromSlash(name)), content)
	}
	return dir
}

// TestBuildsAgree: the cycle rule reads the module's import graph for the
// build that the other import rules check, in every mode: the files of
// -tags (go vet's own -tags included, which -V=full reads from go vet's
// command line), cgo files exactly when the go command builds them (on,
// off by CGO_ENABLED=0, off because no C compiler is on PATH), never test
// files, testdata or a nested module. So in each build the cycle and the
// isolation chain appear together, through the same import, with the
// same text in every mode; the direct rules read every file in every build.
func TestBuildsAgree(t *testing.T) {
	t.Parallel()
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("needs cgo on (a C compiler)")
	}
	dir := buildsModule(t)
	goDir := t.TempDir() // a PATH with the go command and no C compiler
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(goBin, filepath.Join(goDir, "go")); err != nil {
		t.Fatal(err)
	}
	always := []string{
		"low/impl/extra.go:5:8: low/impl imports high/extra, which belongs to component high that low may not depend on",
		"low/impl/impl_test.go:3:8: low/impl imports high/tested, which belongs to component high that low may not depend on",
		"low/impl/native.go:6:8: low/impl imports high/native, which belongs to component high that low may not depend on",
	}
	for _, b := range []struct {
		name    string
		env     []string
		tags    bool
		through string // the import from low to high the build reads first, "" for none
	}{
		{"default (cgo on)", nil, false, "high/native"},
		{"-tags=extra", nil, true, "high/extra"},
		{"CGO_ENABLED=0", []string{"CGO_ENABLED=0"}, false, ""},
		{"CGO_ENABLED=0 -tags=extra", []string{"CGO_ENABLED=0"}, true, "high/extra"},
		{"no C compiler", []string{"PATH=" + goDir}, false, ""},
	} {
		var tags []string
		if b.tags {
			tags = []string{"-tags=extra"}
		}
		modes := []struct {
			name string
			r    result
			code int
		}{
			{"boundarylint imports", run(t, dir, b.env, binary, append(append([]string{"imports"}, tags...), "./...")...), 3},
			{"boundarylint -imports", run(t, dir, b.env, binary, append(append([]string{"-imports"}, tags...), "./...")...), 3},
			{"go vet", run(t, dir, b.env, "go", append(append([]string{"vet"}, tags...), "-vettool="+binary, "-imports", "./...")...), 1},
		}
		want := findings(modes[0].r.stderr, dir)
		for _, line := range always {
			if !strings.Contains(want, line) {
				t.Errorf("%s, boundarylint imports: no finding %q:\n%s", b.name, line, want)
			}
		}
		// The cycle sits on the import to break (low's, which depends_on
		// does not allow), not on high's allowed import of low/api.
		cycle := strings.Contains(want, ": component cycle high -> low -> high: high/h imports low/api, low/impl imports "+b.through+"; remove the import here (low/impl imports "+b.through+")") &&
			strings.Contains(want, "\nlow/impl/") && !strings.Contains(want, "high/h/h.go:3:8: component cycle")
		chain := strings.Contains(want, "iso/i/i.go:3:8:") && strings.Contains(want, "low/impl -> "+b.through)
		if b.through == "" {
			cycle, chain = !strings.Contains(want, "component cycle"), !strings.Contains(want, "iso/i/i.go")
		}
		if !cycle || !chain || strings.Contains(want, "testdata") || strings.Contains(want, "nested") {
			t.Errorf("%s, boundarylint imports: want the cycle and the isolation chain through %q (none if empty), and nothing of testdata or the nested module:\n%s", b.name, b.through, want)
		}
		for _, m := range modes {
			expectCode(t, b.name+", "+m.name, m.r, m.code)
			if got := findings(m.r.stderr, dir); got != want {
				t.Errorf("%s: %s and boundarylint imports differ\n--- %s\n%s--- boundarylint imports\n%s", b.name, m.name, m.name, got, want)
			}
		}
	}
}
