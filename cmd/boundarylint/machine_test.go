package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// machineReadableOutputs: in a monorepo whose module (dir) is a
// subdirectory, a finding in a file whose name has a space, about a config
// key holding a CR and a newline, prints on one line in the text format
// and under go vet, as one GitHub workflow command whose file is relative
// to the repository's top level, and in SARIF with a percent-encoded URI
// relative to it.
func machineReadableOutputs(t *testing.T, dir string) {
	repo := filepath.Dir(dir)
	if out, err := exec.Command("git", "-C", repo, "init", "-q").CombinedOutput(); err != nil {
		t.Skipf("git init: %v\n%s", err, out)
	}
	write(t, filepath.Join(dir, "internal", "orders", "checkout", "odd name.go"),
		"package checkout\n\nimport \"example.com/monolith/internal/platform/config\"\n\nvar Odd = config.String(\"payments.a\\r\\nfake.go:1:1: injected\")\n")
	const key = `payments.a\r\nfake.go:1:1: injected`

	text := standalone(t, dir, "./...")
	vetText := vet(t, dir, "./...")
	for _, r := range []result{text, vetText} {
		if strings.Contains(r.stderr, "\nfake.go") || strings.Contains(r.stderr, "\r") || !strings.Contains(r.stderr, key) {
			t.Errorf("%s: the key's line breaks are not escaped:\n%s", strings.Join(r.args, " "), r.stderr)
		}
	}

	gh := standalone(t, dir, "-format", "github", "./...")
	want := "::error file=monolith/internal/orders/checkout/odd name.go,line=5,col="
	if !strings.Contains(gh.stdout, want) || strings.Contains(gh.stdout, "\nfake.go") {
		t.Errorf("-format github: want a line starting %q, the message on it:\n%s", want, gh.stdout)
	}

	sarif := standalone(t, dir, "-format", "sarif", "./...")
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(sarif.stdout), &log); err != nil {
		t.Fatalf("-format sarif: %v\n%s", err, sarif.stdout)
	}
	var uris []string
	for _, res := range log.Runs[0].Results {
		uris = append(uris, res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	if got := strings.Join(uris, "\n"); !strings.Contains(got, "monolith/internal/orders/checkout/odd%20name.go") {
		t.Errorf("-format sarif: no repository-relative, percent-encoded URI for the odd file among:\n%s", got)
	}
	for _, u := range uris {
		if !strings.HasPrefix(u, "monolith/") {
			t.Errorf("-format sarif: URI %q is not relative to the repository's top level", u)
		}
	}
}
