package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	goldenfile "github.com/boundarylint/boundarylint/internal/golden"
)

// The end-to-end tests build the binary once and run it, standalone and
// under go vet, on copies of the example monolith in testdata/monolith.

var update = goldenfile.Update

// binary is the boundarylint built by TestMain, in tmp.
var binary, tmp string

// shared is a copy of the example monolith for the tests that only read it:
// one copy lets their go vet runs share compiled packages.
var shared = sync.OnceValues(func() (string, error) {
	dir := filepath.Join(tmp, "shared", "monolith")
	return dir, os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "monolith")))
})

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "boundarylint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tmp, binary = dir, filepath.Join(dir, "boundarylint")
	// Under -short the end-to-end tests skip themselves: no build needed.
	if out, err := build(); err != nil {
		fmt.Fprintf(os.Stderr, "building boundarylint: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func build() ([]byte, error) {
	if testing.Short() {
		return nil, nil
	}
	return exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
}

// monolith copies the example monolith into a fresh directory, so that a
// test may edit it, and returns the copy's path.
func monolith(t *testing.T) string {
	t.Helper()
	skipShort(t)
	dir := filepath.Join(t.TempDir(), "monolith")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "monolith"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// sharedMonolith returns the shared read-only copy of the example.
func sharedMonolith(t *testing.T) string {
	t.Helper()
	skipShort(t)
	dir, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func skipShort(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs go vet; drop -short to run it")
	}
}

// result is what one command printed and its exit status.
type result struct {
	stdout, stderr string
	code           int
	args           []string // the command line, for messages
}

// run runs name in dir with an environment that isolates it from the
// caller's: no workspace, no GOFLAGS, no spec override, no network.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(testEnv(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String(), args: append([]string{filepath.Base(name)}, args...)}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s %s: %v", name, strings.Join(args, " "), err)
	}
	return r
}

func testEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "BOUNDARYLINT_SPEC=") && !strings.HasPrefix(kv, "GOFLAGS=") {
			env = append(env, kv)
		}
	}
	return append(env, "GOWORK=off", "GOPROXY=off", "GOTOOLCHAIN=local")
}

// vet runs go vet with boundarylint as its tool.
func vet(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return run(t, dir, nil, "go", append([]string{"vet", "-vettool=" + binary}, args...)...)
}

// standalone runs boundarylint itself.
func standalone(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return run(t, dir, nil, binary, args...)
}

// ruleSuffix is the rule ID the standalone text output ends a line with.
var ruleSuffix = regexp.MustCompile(` \[[a-z/-]+\]$`)

// findings normalises diagnostics printed as file:line:col: message:
// paths relative to dir, package headers and the standalone text's rule
// IDs dropped, sorted.
func findings(out, dir string) string {
	var lines []string
	for line := range strings.Lines(out) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "boundarylint: read ") {
			continue // package headers; how the imports path read the packages
		}
		line = strings.TrimPrefix(line, dir+string(filepath.Separator))
		line = strings.TrimPrefix(line, "./")
		line = ruleSuffix.ReplaceAllString(line, "")
		lines = append(lines, filepath.ToSlash(line))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n") + "\n"
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
// One test owns each golden file; others compare with sameAsGolden.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, goldenPath(name), got)
}

func goldenPath(name string) string { return filepath.Join("testdata", "golden", name) }

// sameAsGolden compares got with a golden file another test owns.
func sameAsGolden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Same(t, goldenPath(name), got)
}

// samePerPackage compares what go vet printed with a golden file of the
// standalone command's findings, less the whole-module ones (the claims
// no code uses, at the spec's lines): go vet sees one package at a time.
func samePerPackage(t *testing.T, name, got string) {
	t.Helper()
	if *update {
		return
	}
	want, err := os.ReadFile(goldenPath(name))
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	var kept []string
	for line := range strings.Lines(string(want)) {
		if !strings.HasPrefix(line, "boundaries.yaml:") {
			kept = append(kept, line)
		}
	}
	if w := strings.Join(kept, ""); got != w {
		t.Errorf("go vet's output differs from %s less its whole-module findings (go test -update rewrites it)\n--- got\n%s--- want\n%s", name, got, w)
	}
}

func expectCode(t *testing.T, what string, r result, want int) {
	t.Helper()
	if r.code != want {
		t.Errorf("%s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", what, r.code, want, r.stdout, r.stderr)
	}
}
