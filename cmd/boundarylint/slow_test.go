//go:build slow

// The slow end-to-end cases: minutes on the 2-core machine, so outside the
// default go test ./... (which stays under 3 minutes on a fresh clone);
// .ci/run runs them with go test -tags slow.

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportsSameOnGeneratedModule: on a generated module of 1,000
// packages (tests, external tests, tagged files, a nested module,
// testdata, an isolated component, cycles), the imports path reading the
// tree finds exactly what the type-checked run finds.
func TestImportsSameOnGeneratedModule(t *testing.T) {
	t.Parallel()
	skipShort(t)
	dir := generatedModule(t, 1000)
	fast := standalone(t, dir, "imports", "./...")
	full := standalone(t, dir, "-imports", "./...")
	expectCode(t, "boundarylint imports", fast, 3)
	expectCode(t, "boundarylint -imports", full, 3)
	if strings.Contains(fast.stderr, "boundarylint: read ") {
		t.Errorf("the fast path fell back to go list:\n%s", fast.stderr)
	}
	if got, want := findings(fast.stderr, dir), findings(full.stderr, dir); got != want {
		t.Errorf("boundarylint imports and boundarylint -imports differ\n--- imports\n%s--- -imports\n%s", got, want)
	}
}

// generatedModule writes a module of n packages in 10 components, c0 to
// c9, where c(k) may depend on c(k-1) through its api package, c9 is
// isolated, and package i imports packages below it, some across
// components, some private, some only in tests or tagged files.
func generatedModule(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	var spec strings.Builder
	spec.WriteString("version: 1\nmodule: example.com/gen\nunassigned: warn\ncomponents:\n")
	for c := range 10 {
		fmt.Fprintf(&spec, "  c%d:\n    packages: [c%d/...]\n    api: [c%d/api]\n", c, c, c)
		if c > 0 {
			fmt.Fprintf(&spec, "    depends_on: [c%d]\n", c-1)
		}
		if c == 9 {
			spec.WriteString("    isolated: true\n")
		}
	}
	write(t, filepath.Join(dir, "boundaries.yaml"), spec.String())
	write(t, filepath.Join(dir, "go.mod"), "module example.com/gen\n\ngo 1.26\n")
	path := func(i int) string {
		if i%100 == 0 {
			return fmt.Sprintf("c%d/api", i/100)
		}
		return fmt.Sprintf("c%d/p%d", i/100, i)
	}
	imp := func(i int) string { return "\t_ \"example.com/gen/" + path(i) + "\"\n" }
	for i := range n {
		d := filepath.Join(dir, filepath.FromSlash(path(i)))
		name := filepath.Base(d)
		var code strings.Builder
		code.WriteString("package " + name + "\n\nimport (\n")
		for _, j := range []int{i - 1, i - 7, i - 101, i - 150, i - 333} {
			if j >= 0 && (j/100 == i/100 || j/100 == i/100-1 || i%3 == 0) {
				code.WriteString(imp(j))
			}
		}
		code.WriteString(")\n")
		write(t, filepath.Join(d, name+".go"), code.String())
		switch {
		case i%10 == 1 && i > 200:
			write(t, filepath.Join(d, name+"_test.go"), "package "+name+"\n\nimport (\n"+imp(i-200)+")\n")
		case i%10 == 2 && i > 300:
			write(t, filepath.Join(d, "x_test.go"), "package "+name+"_test\n\nimport (\n"+imp(i)+imp(i-300)+")\n")
		case i%10 == 3 && i > 400:
			write(t, filepath.Join(d, "release.go"), "//go:build release\n\npackage "+name+"\n\nimport (\n"+imp(i-400)+")\n")
		case i%10 == 4 && i > 400:
			write(t, filepath.Join(d, name+"_windows.go"), "package "+name+"\n\nimport (\n"+imp(i-399)+")\n")
		case i%10 == 5:
			write(t, filepath.Join(d, "gen.go"), "//go:build ignore\n\npackage main\n\nimport (\n"+imp(0)+")\n\nfunc main() {}\n")
		}
	}
	write(t, filepath.Join(dir, "c6", "leaf", "leaf.go"), "package leaf\n")
	write(t, filepath.Join(dir, "c5", "api", "up.go"), "package api\n\nimport _ \"example.com/gen/c6/leaf\"\n") // a component cycle c5 -> c6 -> c5
	write(t, filepath.Join(dir, "c1", "testdata", "t.go"), "package t\n\nimport _ \"example.com/gen/c9/api\"\n")
	write(t, filepath.Join(dir, "c2", "nested", "go.mod"), "module example.com/nested\n")
	write(t, filepath.Join(dir, "c2", "nested", "n.go"), "package nested\n\nimport _ \"example.com/gen/c9/api\"\n")
	write(t, filepath.Join(dir, "loose", "loose.go"), "package loose\n\nimport _ \"example.com/gen/c3/p350\"\n")
	return dir
}
