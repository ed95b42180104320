package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/modspec"
)

// TestInit runs init on the example without its spec and on the layout
// fixture of package specinit: the spec it writes is the golden one, loads,
// passes check, and with the baseline init writes beside it the code it
// came from has no finding, in any checking path; a second init never
// overwrites either file.
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
			// The example's //boundarylint:ignore directives silence
			// findings of the spec it ships, none of the proposal's; the
			// baseline never holds such a finding (one comment fixes it).
			if r := standalone(t, dir, "./..."); r.code != 0 {
				for _, l := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
					if tc.name != "example" || !strings.HasSuffix(l, "[ignores/unused]") {
						t.Errorf("boundarylint ./... (every analyzer) on the code the spec came from: %s", l)
					}
				}
			}
			if err := os.Rename(filepath.Join(dir, "boundaries.yaml"), filepath.Join(dir, "spec.yaml")); err != nil {
				t.Fatal(err)
			}
			r = standalone(t, dir, "init", "-o", "boundaries.yaml")
			expectCode(t, "boundarylint init over an existing baseline", r, 1)
			if err := os.Rename(filepath.Join(dir, "spec.yaml"), filepath.Join(dir, "boundaries.yaml")); err != nil {
				t.Fatal(err)
			}

			r = standalone(t, dir, "init", "-o", "boundaries.yaml")
			expectCode(t, "boundarylint init over an existing spec", r, 1)
			if again, _ := os.ReadFile(filepath.Join(dir, "boundaries.yaml")); string(again) != string(written) {
				t.Errorf("init changed the existing spec")
			}
		})
	}
}

// TestInitOutsideModule: a spec init writes outside the module names the
// module (a module key), so that it loads there and the baseline's first
// run works; inside the module it has no key (TestInit's goldens).
func TestInitOutsideModule(t *testing.T) {
	skipShort(t)
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "layout")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "specinit", "testdata", "layout"))); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "proposal.yaml")
	r := standalone(t, dir, "init", "-o", out)
	expectCode(t, "boundarylint init -o outside the module", r, 0)
	written, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	module, err := modspec.ModulePath(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(written), "\nmodule: "+module+"\n") {
		t.Errorf("init -o outside the module wrote no module key %s:\n%s", module, written)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(out), "proposal.baseline.json")); err != nil {
		t.Errorf("no baseline beside the proposal: %v", err)
	}
	expectCode(t, "boundarylint check -spec on the proposal", standalone(t, dir, "check", "-spec", out), 0)
}

// TestInitUnbuildableModule: when the module does not build as go vet runs
// it (a test file that needs a build tag), init keeps the spec it wrote,
// writes no baseline, and says how to go on without a second init: the
// tags, then boundarylint baseline.
func TestInitUnbuildableModule(t *testing.T) {
	t.Parallel()
	skipShort(t)
	dir := t.TempDir()
	for name, src := range map[string]string{
		"go.mod":                  "module example.com/tagged\n\ngo 1.22\n",
		"a/a.go":                  "package a\n\nfunc A() int { return 1 }\n",
		"b/b.go":                  "package b\n\nimport \"example.com/tagged/a\"\n\nfunc B() int { return a.A() }\n",
		"b/b_test.go":             "package b\n\nimport \"testing\"\n\nfunc TestB(t *testing.T) { helper(t) }\n",
		"b/helper_tagged_test.go": "//go:build tagged\n\npackage b\n\nimport \"testing\"\n\nfunc helper(t *testing.T) {}\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := standalone(t, dir, "init", "-o", "boundaries.yaml")
	expectCode(t, "boundarylint init on a module whose tests need a tag", r, 1)
	if _, err := os.Stat(filepath.Join(dir, "boundaries.yaml")); err != nil {
		t.Errorf("init removed the spec it wrote: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "boundaries.baseline.json")); err == nil {
		t.Errorf("init wrote a baseline from a run that failed")
	}
	if !strings.Contains(r.stderr, "GOFLAGS=-tags=") || !strings.Contains(r.stderr, "boundarylint baseline") {
		t.Errorf("init does not say how to go on (build tags, then boundarylint baseline):\n%s", r.stderr)
	}
}

// TestInitFromArchLint translates specinit's go-arch-lint fixture: the
// spec printed is specinit's golden one and passes check, and every note
// is also a line on stderr.
func TestInitFromArchLint(t *testing.T) {
	t.Parallel()
	skipShort(t)
	dir := filepath.Join(t.TempDir(), "archlint")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "specinit", "testdata", "archlint"))); err != nil {
		t.Fatal(err)
	}
	r := standalone(t, dir, "init", "-from", ".go-arch-lint.yml")
	expectCode(t, "boundarylint init -from .go-arch-lint.yml", r, 0)
	want, err := os.ReadFile(filepath.Join("..", "..", "specinit", "testdata", "golden", "archlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if r.stdout != string(want) {
		t.Errorf("init -from printed a spec other than specinit's golden archlint.yaml:\n%s", r.stdout)
	}
	for _, note := range []string{
		"boundarylint init: repository in: domain/*/repository has a wildcard",
		"boundarylint init: user_model holds internal/models/user, which common component models matches too",
	} {
		if !strings.Contains(r.stderr, note) {
			t.Errorf("stderr does not say %q:\n%s", note, r.stderr)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "boundaries.yaml"), []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	expectCode(t, "boundarylint check on the translated spec", standalone(t, dir, "check"), 0)
}
