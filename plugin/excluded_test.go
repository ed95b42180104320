package plugin

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestStampCoversExcludedFiles: the import rules read the files the build
// excludes (x_windows.go on Linux, //go:build integration), which
// golangci-lint's cache key does not cover, so adding, editing or
// removing one must change the stamp of both linters, as it changes go
// vet's build ID (cmd/boundarylint's "cache covers excluded files").
func TestStampCoversExcludedFiles(t *testing.T) {
	t.Setenv("BOUNDARYLINT_SPEC", "")
	t.Setenv("GOFLAGS", "")
	for _, tier := range []struct {
		name  string
		build func(*testing.T, any) []*analysis.Analyzer
	}{
		{Name, build},
		{SyntaxName, buildSyntax},
	} {
		t.Run(tier.name, func(t *testing.T) {
			root := module(t, map[string]string{"boundaries.yaml": goodSpec})
			windows := filepath.Join(root, "orders", "orders_windows.go")
			integration := filepath.Join(root, "orders", "it.go")
			run := func() string {
				t.Helper()
				shared.forget() // each step stands for the next golangci-lint run
				return stamp(tier.build(t, nil))
			}
			write := func(path, src string) {
				t.Helper()
				if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			seen := map[string]string{}
			step := func(name string) {
				t.Helper()
				s := run()
				if prev, ok := seen[s]; ok {
					t.Errorf("%s: the stamp %s is the same as %s", name, s, prev)
				}
				seen[s] = name
			}
			clean := run()
			seen[clean] = "clean"
			write(windows, "package orders\n\nimport _ \"example.com/shop/payments\"\n")
			step("after adding orders_windows.go")
			write(integration, "//go:build integration\n\npackage orders\n\nimport _ \"example.com/shop/payments\"\n")
			step("after adding it.go")
			write(integration, "//go:build integration\n\npackage orders\n\nimport _ \"example.com/shop/payments/x\"\n")
			step("after editing it.go")
			for _, f := range []string{windows, integration} {
				if err := os.Remove(f); err != nil {
					t.Fatal(err)
				}
			}
			if got := run(); got != clean {
				t.Errorf("after removing both files the stamp is %s, want the clean run's %s", got, clean)
			}
		})
	}
}
