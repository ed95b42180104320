package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestInit runs init on the example without its spec and on the layout
// fixture of package specinit: the spec it writes is the golden one, loads,
// passes check, and the code it came from has no import finding, in
// either checking path; a second init never overwrites it.
func TestInit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, src, golden string }{
		{"example", filepath.Join("..", "..", "testdata", "monolith"), "monolith.yaml"},
		{"layout", filepath.Join("..", "..", "specinit", "testdata", "layout"), "layout.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			skipShort(t)
			dir := filepath.Join(t.TempDir(), tc.name)
			if err := os.CopyFS(dir, os.DirFS(tc.src)); err != nil {
				t.Fatal(err)
			}
			os.Remove(filepath.Join(dir, "boundaries.yaml"))

			r := standalone(t, dir, "init", "-o", "boundaries.yaml")
			expectCode(t, "boundarylint init", r, 0)
			written, err := os.ReadFile(filepath.Join(dir, "boundaries.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("..", "..", "specinit", "testdata", "golden", tc.golden))
			if err != nil {
				t.Fatal(err)
			}
			if string(written) != string(want) {
				t.Errorf("init wrote a spec other than specinit's golden %s:\n%s", tc.golden, written)
			}

			expectCode(t, "boundarylint check on the proposed spec", standalone(t, dir, "check"), 0)
			expectCode(t, "boundarylint -imports on the code the spec came from", standalone(t, dir, "-imports", "./..."), 0)
			expectCode(t, "boundarylint imports on the code the spec came from", standalone(t, dir, "imports", "./..."), 0)

			r = standalone(t, dir, "init", "-o", "boundaries.yaml")
			expectCode(t, "boundarylint init over an existing spec", r, 1)
			if again, _ := os.ReadFile(filepath.Join(dir, "boundaries.yaml")); string(again) != string(written) {
				t.Errorf("init changed the existing spec")
			}
		})
	}
}
