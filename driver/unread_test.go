package driver_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/modspec"
)

// TestVetCountsUnread runs the whole module testdata/unread through go vet
// with boundarylint as its tool, twice: each SQL statement the tx analyzer
// could not read is counted once in its package (repo.go's statement
// although go vet analyses it in the package's test variant, the external
// test package apart, unclaimed code not at all), none is a finding, and
// the second run, which go vet replays from its cache, counts the same.
func TestVetCountsUnread(t *testing.T) {
	if testing.Short() {
		t.Skip("builds boundarylint and runs go vet")
	}
	cfg := vetConfig(t, "unread")
	want := []string{
		"example.com/unread/orders/repo orders/repo/repo.go:11:32",
		"example.com/unread/orders/repo orders/repo/repo_test.go:13:22",
		"example.com/unread/orders/repo_test orders/repo/external_test.go:16:22",
		"example.com/unread/payments/store payments/store/store.go:16:46",
	}
	for _, run := range []string{"first run", "cached re-run"} {
		res, err := driver.Vet(cfg)
		if err != nil {
			t.Fatalf("%s: %v", run, err)
		}
		var got []string
		for _, c := range res.Unread {
			for _, p := range c.At {
				got = append(got, fmt.Sprintf("%s %s:%d:%d", c.Package, p.RelFile, p.Line, p.Column))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: unread statements\n%s\nwant\n%s", run, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if len(res.Findings) != 1 || res.Findings[0].Rule != "tx/foreign-table" {
			t.Errorf("%s: want the one tx/foreign-table finding, got %+v", run, res.Findings)
		}
	}
}

// vetConfig builds boundarylint and returns the configuration of a
// whole-module go vet run over the module testdata/name with its spec.
func vetConfig(t *testing.T, name string) driver.Config {
	t.Helper()
	tool := filepath.Join(t.TempDir(), "boundarylint")
	if out, err := exec.Command("go", "build", "-o", tool, "../cmd/boundarylint").CombinedOutput(); err != nil {
		t.Fatalf("building boundarylint: %v\n%s", err, out)
	}
	dir, err := filepath.Abs(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	specPath := filepath.Join(dir, "boundaries.yaml")
	spec, err := modspec.Load(specPath)
	if err != nil {
		t.Fatal(err)
	}
	return driver.Config{Spec: spec, SpecPath: specPath, Dir: dir, Tool: tool, Env: vetEnv()}
}

// vetEnv is this process's environment for go vet, without a spec or go
// flags of the caller's, offline.
func vetEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, modspec.SpecEnvVar+"=") && !strings.HasPrefix(kv, "GOFLAGS=") {
			env = append(env, kv)
		}
	}
	return append(env, "GOWORK=off", "GOPROXY=off", "GOTOOLCHAIN=local")
}
