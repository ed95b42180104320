package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkScale runs every command on generated layered modules
// (internal/synthmod) of the sizes $BOUNDARYLINT_SCALE lists and reports
// the time per package, ns/pkg: a command that is linear in the module's
// size reports the same figure at every size, so super-linear work shows
// as a number that grows. Minutes per size, so it runs only when asked:
//
//	BOUNDARYLINT_SCALE=1000,2500,5000 go test ./cmd/boundarylint -run '^$' -bench Scale -benchtime 3x -count 3 | tee new.txt
//	benchstat old.txt new.txt
//
// "edit" is the whole run after a spec edit (every package re-vetted,
// builds warm), "cached" the fully cached whole run. .ci/bench-scale
// compares the same commands with go-arch-lint and plain go vet.
func BenchmarkScale(b *testing.B) {
	sizes := os.Getenv("BOUNDARYLINT_SCALE")
	if sizes == "" || testing.Short() {
		b.Skip("set BOUNDARYLINT_SCALE=1000,2500,5000 to run the scaling benchmark")
	}
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			b.Fatalf("BOUNDARYLINT_SCALE: %v", err)
		}
		b.Run(fmt.Sprintf("packages=%d", n), func(b *testing.B) { benchmarkSize(b, n) })
	}
}

func benchmarkSize(b *testing.B, n int) {
	m := synthModule(b, n, 50)
	dir := m.Dir
	doc := "# Architecture\n"
	for _, kind := range []string{"diagram", "api", "data", "config", "paths"} {
		doc += "<!-- boundarylint:begin " + kind + " -->\n<!-- boundarylint:end -->\n"
	}
	if err := os.WriteFile(filepath.Join(dir, "ARCH.md"), []byte(doc), 0o644); err != nil {
		b.Fatal(err)
	}
	snapshot := filepath.Join(b.TempDir(), "snapshot.json")
	benchRun(b, dir, "go", "build", "./...")
	benchRun(b, dir, binary, "drift", "-write", snapshot) // warms go vet's cache too
	benchRun(b, dir, binary, "baseline")
	edits := 0
	commands := []struct {
		name string
		args []string
		prep func()
	}{
		{"imports", []string{"imports", "./..."}, nil},
		{"graph", []string{"graph"}, nil},
		{"doc", []string{"doc", "ARCH.md"}, nil},
		{"cut", []string{"cut", "l1c00"}, nil},
		{"drift", []string{"drift", "-snapshot", snapshot}, nil},
		{"baseline", []string{"baseline"}, nil},
		{"init", []string{"init"}, nil}, // the proposal, on stdout: -o also runs go vet over the module for its baseline
		{"edit", nil, func() {
			edits++
			f, err := os.OpenFile(filepath.Join(dir, "boundaries.yaml"), os.O_APPEND|os.O_WRONLY, 0)
			if err == nil {
				_, err = fmt.Fprintf(f, "# edit %d\n", edits)
				err = errors.Join(err, f.Close())
			}
			if err != nil {
				b.Fatal(err)
			}
		}},
		{"cached", nil, nil},
	}
	for _, c := range commands {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if c.prep != nil {
					b.StopTimer()
					c.prep()
					b.StartTimer()
				}
				benchRun(b, dir, binary, c.args...)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/pkg")
		})
	}
}

// benchRun runs a command in dir; exit status 3 (findings) is success.
func benchRun(b *testing.B, dir, name string, args ...string) {
	b.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, testEnv()
	out, err := cmd.CombinedOutput()
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) && ee.ExitCode() == 3 {
		err = nil
	}
	if err != nil {
		b.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}
