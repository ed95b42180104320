// The end-to-end test of the golangci-lint module plugin. It builds the
// custom golangci-lint of this module and the boundarylint vet tool, runs
// both on copies of the example monolith, and compares their findings.
//
//	cd testdata/golangci && go test -timeout 30m .
//
// The first build downloads golangci-lint's modules from the module proxy
// and compiles them: minutes and about 1 GB of module and build caches;
// later builds only link. Set BOUNDARYLINT_GOLANGCI_LINT to a binary built
// from this module to skip the build.
package golangci_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Paths of the binaries under test, set by TestMain.
var golangciLint, boundarylint string

func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "boundarylint-golangci-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	code := 2
	if err := buildBinaries(tmp); err != nil {
		fmt.Fprintln(os.Stderr, err)
	} else {
		code = m.Run()
	}
	os.RemoveAll(tmp)
	os.Exit(code)
}

func buildBinaries(dir string) error {
	boundarylint = filepath.Join(dir, "boundarylint")
	// The vet tool as the project builds it, from the project's module.
	if err := goBuild("../..", boundarylint, "./cmd/boundarylint"); err != nil {
		return err
	}
	if golangciLint = os.Getenv("BOUNDARYLINT_GOLANGCI_LINT"); golangciLint != "" {
		return nil
	}
	golangciLint = filepath.Join(dir, "golangci-lint")
	start := time.Now()
	if err := goBuild(".", golangciLint, "./cmd/golangci-lint"); err != nil {
		return fmt.Errorf("%w\nif go.mod or go.sum is out of date, run: cd testdata/golangci && go mod tidy", err)
	}
	fmt.Fprintf(os.Stderr, "built the custom golangci-lint in %.1fs\n", time.Since(start).Seconds())
	return nil
}

// goBuild builds pkg in the module at dir. VCS stamping is off: CI
// checkouts owned by another user make it fail, and the binary's version is
// "(devel)" anyway.
func goBuild(dir, out, pkg string) error {
	cmd := exec.Command("go", "build", "-buildvcs=false", "-o", out, pkg)
	cmd.Dir = dir
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s in %s: %v\n%s", pkg, dir, err, b)
	}
	return nil
}

// result is a finished run of a command.
type result struct {
	code           int
	stdout, stderr string
}

func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := cmd.ProcessState.ExitCode()
	if err != nil && code < 0 {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return result{code, stdout.String(), stderr.String()}
}

// monolith copies the example monolith into a temporary directory, so
// tests can edit it, and returns the copy's path.
func monolith(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../monolith")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func edit(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}
