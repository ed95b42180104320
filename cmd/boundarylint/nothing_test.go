package main

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/suite"
)

// TestRunsThatCheckNothingFail: a pattern that matches no package (a
// directory that does not exist, an import path outside the module, one
// good pattern beside a typo) and a run with every analyzer disabled are
// errors in every command that takes patterns, never a clean exit 0.
func TestRunsThatCheckNothingFail(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)
	var allOff []string
	for _, a := range suite.Analyzers() {
		allOff = append(allOff, "-"+a.Name+"=false") // every analyzer, those added later too
	}
	allOff = append(allOff, "./...")
	for _, args := range [][]string{
		{"imports", "./typo/..."},
		{"imports", "example.com/nosuch/..."},
		{"imports", "./...", "./typo"},
		{"graph", "./no/such/..."},
		{"./typo/..."},
		{"-format", "json", "example.com/nosuch/..."},
		allOff,
	} {
		r := standalone(t, dir, args...)
		if r.code != 1 || !strings.Contains(r.stderr, "nothing to check") {
			t.Errorf("boundarylint %s: exit %d, want 1 with \"nothing to check\"; stderr:\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
}

// TestOutputWriteErrors: a command whose output cannot be written (stdout
// on a full device) exits 1 and says so, instead of exiting as if it had
// printed what it found.
func TestOutputWriteErrors(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	for _, args := range [][]string{{"check"}, {"imports", "-format", "json", "./..."}, {"graph"}, {"cut", "payments"}, {"-format", "json", "./..."}} {
		cmd := exec.Command(binary, args...)
		cmd.Dir, cmd.Env, cmd.Stdout = dir, testEnv(), full
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) || ee.ExitCode() != 1 || strings.Count(stderr.String(), "no space left on device") != 1 {
			t.Errorf("boundarylint %s >/dev/full: %v, want exit status 1 saying once that the output was not written; stderr:\n%s", strings.Join(args, " "), err, stderr.String())
		}
	}
}
