package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFilesThatPointElsewhere: a symlinked document and baseline are
// written at their targets and stay links; a read-only document is refused
// with a clear error and left alone; a FIFO as the baseline or the spec is
// refused instead of waited on; a CRLF document passes doc -check and keeps
// its CRLF line endings when regenerated.
func TestFilesThatPointElsewhere(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	doc := filepath.Join(dir, archDoc)
	orig, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	stale := strings.Replace(string(orig), "| `refunds` | payments |", "| `refundz` | payments |", 1)

	// CRLF: current as it is, and kept when a section is regenerated.
	crlf := strings.ReplaceAll(stale, "\n", "\r\n")
	write(t, doc, crlf)
	expectCode(t, "doc on a CRLF document", standalone(t, dir, "doc", archDoc), 0)
	if got, _ := os.ReadFile(doc); strings.Count(string(got), "\n") != strings.Count(string(got), "\r\n") || string(got) != strings.ReplaceAll(string(orig), "\n", "\r\n") {
		t.Errorf("doc did not regenerate the CRLF document with CRLF line endings")
	}
	expectCode(t, "doc -check on a CRLF document", standalone(t, dir, "doc", "-check", archDoc), 0)

	// A symlinked document is written at its target.
	target := filepath.Join(filepath.Dir(dir), "shared-docs", "payments.md")
	write(t, target, stale)
	link := filepath.Join(dir, "docs", "linked.md")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	expectCode(t, "doc on a symlinked document", standalone(t, dir, "doc", "docs/linked.md"), 0)
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("doc replaced the symlink with a file (%v)", err)
	}
	if got, _ := os.ReadFile(target); string(got) != string(orig) {
		t.Errorf("doc left the link's target stale")
	}

	// A read-only document is refused, and left as it was.
	write(t, doc, stale)
	if err := os.Chmod(doc, 0o444); err != nil {
		t.Fatal(err)
	}
	r := standalone(t, dir, "doc", archDoc)
	if r.code != 1 || !strings.Contains(r.stderr, "read-only") {
		t.Errorf("doc on a read-only document: exit %d, want 1 saying it is read-only; stderr:\n%s", r.code, r.stderr)
	}
	if got, _ := os.ReadFile(doc); string(got) != stale {
		t.Errorf("doc replaced a read-only document")
	}

	// A FIFO as the baseline or the spec is refused, not waited on.
	fifo := filepath.Join(dir, "boundaries.baseline.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	specFIFO := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(specFIFO, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"imports", "./..."}, {"check", "-spec", "fifo.yaml"}} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		cmd := exec.CommandContext(ctx, binary, args...)
		cmd.Dir, cmd.Env = dir, testEnv()
		out, err := cmd.CombinedOutput()
		timedOut := ctx.Err() != nil
		cancel()
		if ee := (*exec.ExitError)(nil); timedOut || !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(string(out), "not a regular file") {
			t.Errorf("boundarylint %s with a FIFO: %v (timed out: %v), want exit status 1 saying it is not a regular file:\n%s", strings.Join(args, " "), err, timedOut, out)
		}
	}

	// A symlinked baseline is written at its target: on the shared copy of
	// the example, whose go vet results are cached, through -baseline.
	shared := sharedMonolith(t)
	baselineTarget := filepath.Join(t.TempDir(), "shared-baselines", "shop.json")
	write(t, baselineTarget, `{"version":1,"findings":[]}`+"\n")
	baselineLink := filepath.Join(t.TempDir(), "boundaries.baseline.json")
	if err := os.Symlink(baselineTarget, baselineLink); err != nil {
		t.Fatal(err)
	}
	expectCode(t, "baseline -grow through a symlink", standalone(t, shared, "baseline", "-grow", "-baseline", baselineLink), 0)
	if fi, err := os.Lstat(baselineLink); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("baseline replaced the symlink with a file (%v)", err)
	}
	if got, _ := os.ReadFile(baselineTarget); !strings.Contains(string(got), "imports/private") {
		t.Errorf("baseline did not write the findings at the link's target:\n%s", got)
	}
}
