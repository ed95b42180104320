package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTaggedFiles: a forbidden import in a file the default build excludes
// (//go:build release, _windows.go) is found in every mode, with or
// without the tag, and -tags or GOFLAGS=-tags do not make the imports
// path fail.
func TestTaggedFiles(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	write(t, filepath.Join(dir, "internal", "orders", "model", "release.go"),
		"//go:build release\n\npackage model\n\nimport _ \"example.com/monolith/internal/payments/ledger\"\n")
	write(t, filepath.Join(dir, "internal", "orders", "model", "model_windows.go"),
		"package model\n\nimport _ \"example.com/monolith/internal/payments/store\"\n")
	wantRelease := "internal/orders/model/release.go:5:8: internal/orders/model imports internal/payments/ledger, which is private to component payments"
	wantWindows := "internal/orders/model/model_windows.go:3:8: internal/orders/model imports internal/payments/store, which is private to component payments"
	for _, mode := range []struct {
		name string
		r    result
		code int
	}{
		{"boundarylint -imports", standalone(t, dir, "-imports", "./..."), 3},
		{"boundarylint -imports -tags=release", standalone(t, dir, "-imports", "-tags=release", "./..."), 3},
		{"go vet", vet(t, dir, "-imports", "./..."), 1},
		{"boundarylint imports", standalone(t, dir, "imports", "./..."), 3},
		{"boundarylint imports -tags=release", standalone(t, dir, "imports", "-tags=release", "./..."), 3},
		{"GOFLAGS=-tags=release boundarylint imports", run(t, dir, []string{"GOFLAGS=-tags=release"}, binary, "imports", "./..."), 3},
	} {
		got := findings(mode.r.stderr, dir)
		if mode.r.code != mode.code || !strings.Contains(got, wantRelease) || !strings.Contains(got, wantWindows) {
			t.Errorf("%s (exit %d) misses a finding in a tagged file:\n%s", mode.name, mode.r.code, got)
		}
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
