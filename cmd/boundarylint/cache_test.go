package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestCacheAndMachineOutputs runs two end-to-end checks on one copy of
// the example, whose go vet runs share the build cache: every cold run of
// the whole example costs seconds.
func TestCacheAndMachineOutputs(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	t.Run("cache covers excluded files", func(t *testing.T) { cacheCoversExcludedFiles(t, dir) })
	t.Run("machine-readable outputs", func(t *testing.T) { machineReadableOutputs(t, dir) })
}

// cacheCoversExcludedFiles: the import rules read the files the build
// excludes (model_windows.go on Linux, //go:build integration), which go
// vet's cache key does not cover; two runs in a row on a warm cache see a
// forbidden import added to such a file, and then its deletion.
func cacheCoversExcludedFiles(t *testing.T, dir string) {
	windows := filepath.Join(dir, "internal", "orders", "model", "model_windows.go")
	integration := filepath.Join(dir, "internal", "orders", "model", "it.go")
	wantWindows := "internal/orders/model/model_windows.go:3:8: internal/orders/model imports internal/payments/store"
	wantIntegration := "internal/orders/model/it.go:5:8: internal/orders/model imports internal/payments/ledger"
	check := func(step string, want bool) {
		t.Helper()
		r := vet(t, dir, "./...")
		got := findings(r.stderr, dir)
		if strings.Contains(got, wantWindows) != want || strings.Contains(got, wantIntegration) != want {
			t.Errorf("%s: go vet: want the findings in excluded files: %v; got:\n%s", step, want, got)
		}
	}
	check("before", false)
	write(t, windows, "package model\n\nimport _ \"example.com/monolith/internal/payments/store\"\n")
	write(t, integration, "//go:build integration\n\npackage model\n\nimport _ \"example.com/monolith/internal/payments/ledger\"\n")
	check("after adding the files", true)
	if err := os.Remove(windows); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(integration); err != nil {
		t.Fatal(err)
	}
	check("after deleting them", false)
}

// TestConcurrentTagsKeepTheirGraphs: go vet runs on one module with and
// without -tags=x, at the same time, each see the cycle rule's import
// graph of their own build (-tags=x closes a component cycle), round after
// round, each round with a spec go vet has not cached results for.
func TestConcurrentTagsKeepTheirGraphs(t *testing.T) {
	t.Parallel()
	skipShort(t)
	dir := t.TempDir()
	const n = 16
	spec := "version: 1\nmodule: example.com/tags\ncomponents:\n  a:\n    packages: [a/...]\n  b:\n    packages: [b/...]\n    depends_on: [a]\n"
	write(t, filepath.Join(dir, "go.mod"), "module example.com/tags\n\ngo 1.26\n")
	write(t, filepath.Join(dir, "a", "api", "api.go"), "package api\n")
	write(t, filepath.Join(dir, "a", "impl", "impl.go"), "package impl\n")
	write(t, filepath.Join(dir, "a", "impl", "x.go"), fmt.Sprintf("//go:build x\n\npackage impl\n\nimport _ \"example.com/tags/b/b%d\"\n", n-1))
	for i := range n {
		imp := "example.com/tags/a/api"
		if i > 0 {
			imp = fmt.Sprintf("example.com/tags/b/b%d", i-1)
		}
		write(t, filepath.Join(dir, "b", fmt.Sprintf("b%d", i), "b.go"), fmt.Sprintf("package b%d\n\nimport _ %q\n", i, imp))
	}
	for round := range 4 {
		write(t, filepath.Join(dir, "boundaries.yaml"), spec+fmt.Sprintf("# round %d\n", round))
		var wg sync.WaitGroup
		var tagged, plain result
		wg.Go(func() { tagged = vet(t, dir, "-tags=x", "-imports", "./...") })
		wg.Go(func() { plain = vet(t, dir, "-imports", "./...") })
		wg.Wait()
		if !strings.Contains(tagged.stderr, "component cycle") {
			t.Errorf("round %d: go vet -tags=x reports no component cycle (exit %d):\n%s", round, tagged.code, tagged.stderr)
		}
		if strings.Contains(plain.stderr, "component cycle") {
			t.Errorf("round %d: go vet without tags reports a component cycle:\n%s", round, plain.stderr)
		}
	}
}
