package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNestedModule adds to the example a nested module whose import path
// extends the monolith's, example.com/monolith/internal/vendored, imported
// by users, under unassigned: deny. The nested module is not part of the
// spec's module, so no mode reports its import as one of an unclaimed
// package; and a pattern naming it fails check, saying it is another module.
func TestNestedModule(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	write := func(name, content string) {
		t.Helper()
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("internal/vendored/go.mod", "module example.com/monolith/internal/vendored\n\ngo 1.26.0\n")
	write("internal/vendored/vendored.go", "package vendored\n")
	write("internal/users/vendored.go", "package users\n\nimport _ \"example.com/monolith/internal/vendored\"\n")
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	write("go.mod", string(gomod)+"\nrequire example.com/monolith/internal/vendored v0.0.0\n\nreplace example.com/monolith/internal/vendored => ./internal/vendored\n")
	editSpec(t, dir, "unassigned: warn", "unassigned: deny")

	for _, mode := range []struct {
		name string
		r    result
	}{
		{"boundarylint ./...", standalone(t, dir, "./...")},
		{"go vet -vettool", vet(t, dir, "./...")},
		{"boundarylint imports", standalone(t, dir, "imports", "./...")},
	} {
		if mode.r.code != 1 && mode.r.code != 3 {
			t.Errorf("%s: exit status %d\n%s", mode.name, mode.r.code, mode.r.stderr)
		}
		if strings.Contains(mode.r.stderr, "internal/vendored") {
			t.Errorf("%s reports the nested module as part of the monolith:\n%s", mode.name, mode.r.stderr)
		}
	}

	editSpec(t, dir, "components:\n", "components:\n  vendored:\n    packages: [internal/vendored/...]\n")
	r := standalone(t, dir, "check")
	expectCode(t, "boundarylint check with a pattern in a nested module", r, 1)
	want := "package pattern internal/vendored/... of component vendored matches no package of module example.com/monolith: internal/vendored is in another module, module example.com/monolith/internal/vendored (internal/vendored/go.mod)"
	if !strings.Contains(r.stderr, want) {
		t.Errorf("check does not say the pattern names another module:\n%s", r.stderr)
	}
}
