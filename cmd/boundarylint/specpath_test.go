package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSpecOutsideModuleNamedByRealPath: a spec outside the module it
// describes (in the repository's top directory, above the module, or in
// another module, named by -spec) is named by its real path in messages,
// spec errors and JSON, and from the repository's top level in GitHub
// annotations and SARIF; never as if it were the module's own
// boundaries.yaml.
func TestSpecOutsideModuleNamedByRealPath(t *testing.T) {
	t.Parallel()
	skipShort(t)
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	repo := filepath.Join(tmp, "repo")
	dir := filepath.Join(repo, "svc")
	write(t, filepath.Join(dir, "go.mod"), "module example.com/svc\n\ngo 1.26\n")
	write(t, filepath.Join(dir, "orders", "o.go"), "package orders\n\nimport _ \"example.com/svc/payments/ledger\"\n")
	write(t, filepath.Join(dir, "payments", "p.go"), "package payments\n")
	write(t, filepath.Join(dir, "payments", "ledger", "l.go"), "package ledger\n")
	write(t, filepath.Join(repo, "x", "go.mod"), "module example.com/x\n\ngo 1.26\n")
	const spec = "version: 1\nmodule: example.com/svc\ncomponents:\n  orders:\n    packages: [orders/...]\n  payments:\n    packages: [payments/...]\n    api: [payments]\n    owns:\n      env: [PAY_*]\n"
	write(t, filepath.Join(repo, "boundaries.yaml"), spec)
	write(t, filepath.Join(repo, "x", "boundaries.yaml"), spec)
	write(t, filepath.Join(repo, "x", "broken.yaml"), strings.Replace(spec, "[orders/...]", "[orderz/...]", 1))
	if out, err := exec.Command("git", "-C", repo, "init", "-q").CombinedOutput(); err != nil {
		t.Skipf("git init: %v\n%s", err, out)
	}
	for _, tt := range []struct{ flag, inRepo string }{
		{"../boundaries.yaml", "boundaries.yaml"},     // above the module, under no go.mod
		{"../x/boundaries.yaml", "x/boundaries.yaml"}, // in another module
	} {
		t.Run(tt.inRepo, func(t *testing.T) {
			real := filepath.Join(repo, filepath.FromSlash(tt.inRepo))
			claim, cited := real+":10:13: component payments claims env PAY_*", "("+real+":4)"
			text := standalone(t, dir, "-spec", tt.flag, "./...")
			expectCode(t, "text", text, 3)
			if !strings.Contains(text.stderr, claim) || !strings.Contains(text.stderr, cited) {
				t.Errorf("text: want the unused claim at %s and the rule cited as %s:\n%s", claim, cited, text.stderr)
			}
			vetRun := vet(t, dir, "-spec="+tt.flag, "./...")
			if !strings.Contains(vetRun.stderr, cited) {
				t.Errorf("go vet: want the rule cited as %s:\n%s", cited, vetRun.stderr)
			}

			var report struct {
				Findings []struct {
					Pos struct {
						File    string
						RelFile string `json:"rel_file"`
					}
					SpecPos string `json:"spec_pos"`
				}
			}
			js := standalone(t, dir, "-spec", tt.flag, "-format", "json", "./...")
			if err := json.Unmarshal([]byte(js.stdout), &report); err != nil {
				t.Fatalf("-format json: %v\n%s", err, js.stdout)
			}
			for _, f := range report.Findings {
				if !strings.HasPrefix(f.SpecPos, real+":") || strings.HasSuffix(f.Pos.RelFile, "boundaries.yaml") {
					t.Errorf("-format json: a finding with spec_pos %q and rel_file %q; want the spec's real path %s and no module-relative name", f.SpecPos, f.Pos.RelFile, real)
				}
			}

			gh := standalone(t, dir, "-spec", tt.flag, "-format", "github", "./...")
			if want := "::error file=" + tt.inRepo + ",line=10,col=13,"; !strings.Contains(gh.stdout, want) {
				t.Errorf("-format github: want %q:\n%s", want, gh.stdout)
			}
			sarif := standalone(t, dir, "-spec", tt.flag, "-format", "sarif", "./...")
			if want := `"uri": "` + tt.inRepo + `",`; !strings.Contains(sarif.stdout, want) {
				t.Errorf("-format sarif: want %s, relative to the repository's top level", want)
			}
		})
	}
	broken := standalone(t, dir, "-spec", "../x/broken.yaml", "./...")
	expectCode(t, "a pattern matching nothing", broken, 1)
	if want := filepath.Join(repo, "x", "broken.yaml") + ":5:16: package pattern orderz/..."; !strings.Contains(broken.stderr, want) {
		t.Errorf("a spec error: want it at %s:\n%s", want, broken.stderr)
	}
}
