package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCut: the cut list of payments, in both formats, is the golden one;
// the whole debt (baselined findings marked, allowed imports listed) with
// the heaviest counterpart first.
func TestCut(t *testing.T) {
	dir := sharedMonolith(t)
	r := standalone(t, dir, "cut", "payments")
	expectCode(t, "cut payments", r, 0)
	golden(t, "cut-payments.md", r.stdout)
	r = standalone(t, dir, "cut", "-format", "json", "payments")
	expectCode(t, "cut -format json payments", r, 0)
	golden(t, "cut-payments.json", r.stdout)
	var list struct {
		Findings []struct {
			Items []struct{ Places []struct{ File string } }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, g := range list.Findings {
		for _, it := range g.Items {
			for _, p := range it.Places {
				if n++; n <= 3 && strings.HasSuffix(p.File, "_test.go") {
					t.Errorf("cut -format json: place %d of the first items is test code: %s", n, p.File)
				}
			}
		}
	}
	if n < 3 {
		t.Errorf("cut -format json: %d places in production findings, want at least 3", n)
	}
}

// TestCutBadInput: an unknown component, a missing one and an unknown
// format are usage errors that say what to write.
func TestCutBadInput(t *testing.T) {
	dir := sharedMonolith(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"cut", "paymnts"}, `unknown component "paymnts"; the spec has`},
		{[]string{"cut"}, "name one component"},
		{[]string{"cut", "-format", "html", "payments"}, `unknown -format "html"; use markdown or json`},
	} {
		r := standalone(t, dir, c.args...)
		expectCode(t, strings.Join(c.args, " "), r, 2)
		if !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: stderr %q, want %q", c.args, r.stderr, c.want)
		}
	}
}

// gitMonolith makes the example a git repository of two commits: before,
// orders reads an env var of its own where it now reads payments'
// STRIPE_SECRET_KEY. Dates and names are fixed, so the hashes are too.
func gitMonolith(t *testing.T) string { return gitMonolithSpec(t, false) }

// gitMonolithSpec is gitMonolith, whose first commit has no spec and no
// baseline when specLater: the second commit adds them.
func gitMonolithSpec(t *testing.T, specLater bool) string {
	t.Helper()
	dir := monolith(t)
	fees := filepath.Join(dir, "internal", "orders", "checkout", "fees.go")
	now, err := os.ReadFile(fees)
	if err != nil {
		t.Fatal(err)
	}
	git := func(date string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		cmd.Env = append(testEnv(), "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	if err := os.WriteFile(fees, []byte(strings.Replace(string(now), `"STRIPE_SECRET_KEY"`, `"ORDERS_SECRET_KEY"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	git("2026-11-01T10:00:00Z", "init", "-q", "-b", "main")
	git("2026-11-01T10:00:00Z", "add", "-A")
	if specLater {
		git("2026-11-01T10:00:00Z", "rm", "-q", "--cached", "boundaries.yaml")
	}
	git("2026-11-01T10:00:00Z", "commit", "-qm", "before")
	if err := os.WriteFile(fees, now, 0o644); err != nil {
		t.Fatal(err)
	}
	git("2026-11-20T10:00:00Z", "add", "-A")
	git("2026-11-20T10:00:00Z", "commit", "-qm", "orders reads payments' key")
	return dir
}

// TestDriftSince: drift -since computes the earlier state in a copy of the
// revision, finds the one new finding, exits 3, and leaves the working
// tree and the repository's worktrees as they were.
func TestDriftSince(t *testing.T) {
	dir := gitMonolith(t)
	r := standalone(t, dir, "drift", "-since", "HEAD~1")
	expectCode(t, "drift -since HEAD~1", r, 3)
	golden(t, "drift-since.md", r.stdout)
	status, err := exec.Command("git", "-C", dir, "status", "--porcelain").Output()
	if err != nil || len(status) != 0 {
		t.Errorf("git status after drift -since: %v\n%s", err, status)
	}
	worktrees, _ := exec.Command("git", "-C", dir, "worktree", "list").Output()
	if n := strings.Count(string(worktrees), "\n"); n != 1 {
		t.Errorf("%d worktrees after drift -since, want 1:\n%s", n, worktrees)
	}
}

// TestDriftSinceBeforeSpec: a revision from before the spec was written
// is judged with today's spec, and the report says so and names the new
// finding at its file:line.
func TestDriftSinceBeforeSpec(t *testing.T) {
	dir := gitMonolithSpec(t, true)
	r := standalone(t, dir, "drift", "-since", "HEAD~1")
	expectCode(t, "drift -since a revision without a spec", r, 3)
	golden(t, "drift-before-spec.md", r.stdout)
	for _, want := range []string{"judged with today's spec", "internal/orders/checkout/fees.go:", "STRIPE_SECRET_KEY"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("drift -since before the spec does not say %q:\n%s", want, r.stdout)
		}
	}
}

// TestDriftSnapshot: -write saves the state, atomically, and a later
// comparison with it finds nothing worse (exit 0) in both formats.
func TestDriftSnapshot(t *testing.T) {
	dir := monolith(t)
	snap := filepath.Join(t.TempDir(), "snapshot.json")
	r := standalone(t, dir, "drift", "-write", snap)
	expectCode(t, "drift -write", r, 0)
	if r.stdout != "" {
		t.Errorf("drift -write alone printed %q", r.stdout)
	}
	r = standalone(t, dir, "drift", "-snapshot", snap, "-format", "json")
	expectCode(t, "drift -snapshot", r, 0)
	var report struct {
		New, Fixed, Remaining int
		Worse                 bool
	}
	if err := json.Unmarshal([]byte(r.stdout), &report); err != nil || report.New != 0 || report.Fixed != 0 || report.Remaining == 0 || report.Worse {
		t.Errorf("drift -snapshot -format json: %v %+v\n%s", err, report, r.stdout)
	}
}

// TestDriftBadInput: each mistake is a clear error and a non-zero exit,
// and no snapshot is written.
func TestDriftBadInput(t *testing.T) {
	dir := gitMonolith(t)
	corrupt := filepath.Join(t.TempDir(), "corrupt.json")
	other := filepath.Join(t.TempDir(), "v0.json")
	write(t, corrupt, `{"version": 1, "spec_hash": "x", "findings": [`)
	write(t, other, `{"version": 0}`)
	baselineFile := filepath.Join(t.TempDir(), "boundaries.baseline.json")
	write(t, baselineFile, `{"version": 1, "findings": []}`)
	otherModule := filepath.Join(t.TempDir(), "other-module.json")
	write(t, otherModule, `{"version": 1, "kind": "boundarylint drift snapshot", "module": "example.com/other", "spec_hash": "x", "findings": [], "edges": [], "unused_depends_on": [], "unclaimed": [], "baseline": -1}`)
	out := filepath.Join(t.TempDir(), "out.json")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"drift"}, 2, "nothing to compare with: give -since REV or -snapshot FILE"},
		{[]string{"drift", "-since", "HEAD", "-snapshot", corrupt}, 2, "give -since or -snapshot, not both"},
		{[]string{"drift", "-since", "HEAD", "./..."}, 2, "drift covers the whole module"},
		{[]string{"drift", "-since", "HEAD", "-format", "sarif"}, 2, `unknown -format "sarif"`},
		{[]string{"drift", "-since", "no-such-rev", "-write", out}, 1, `unknown git revision "no-such-rev"`},
		{[]string{"drift", "-snapshot", corrupt, "-write", out}, 1, "corrupt.json: not a boundarylint drift snapshot: line 1, column"},
		{[]string{"drift", "-snapshot", other, "-write", out}, 1, "snapshot format version 0; this boundarylint reads versions 1 to 3"},
		{[]string{"drift", "-snapshot", baselineFile, "-write", out}, 1, `boundaries.baseline.json: not a boundarylint drift snapshot: no "spec_hash" field`},
		{[]string{"drift", "-snapshot", otherModule, "-write", out}, 1, "other-module.json: a snapshot of module example.com/other, not of example.com/monolith"},
	} {
		r := standalone(t, dir, c.args...)
		expectCode(t, strings.Join(c.args, " "), r, c.code)
		if !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: stderr %q, want %q", c.args, r.stderr, c.want)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed drift wrote its snapshot: %v", err)
	}
	plain := monolith(t) // no git repository
	r := standalone(t, plain, "drift", "-since", "HEAD~1")
	expectCode(t, "drift -since outside git", r, 1)
	if !strings.Contains(r.stderr, "is not in a git repository, which -since needs") {
		t.Errorf("stderr %q", r.stderr)
	}
}

// TestDriftSnapshotOfAnotherSpec: a snapshot taken with another version
// of the spec is compared, with a warning that says so.
func TestDriftSnapshotOfAnotherSpec(t *testing.T) {
	dir := sharedMonolith(t)
	snap := filepath.Join(t.TempDir(), "snapshot.json")
	r := standalone(t, dir, "drift", "-write", snap)
	expectCode(t, "drift -write", r, 0)
	data, err := os.ReadFile(snap)
	if err != nil {
		t.Fatal(err)
	}
	edited := regexp.MustCompile(`"spec_hash": "[0-9a-f]+"`).ReplaceAllString(string(data), `"spec_hash": "0123456789abcdef"`)
	write(t, snap, edited)
	r = standalone(t, dir, "drift", "-snapshot", snap)
	expectCode(t, "drift -snapshot of another spec", r, 0)
	if !strings.Contains(r.stderr, "warning: "+snap+" was taken with another version of boundaries.yaml (hash 0123456789ab") {
		t.Errorf("no warning that the spec changed since the snapshot:\n%s", r.stderr)
	}
}

// TestDriftSinceRemovesItsCopyOnSignal: SIGTERM during drift -since
// leaves no copy of the repository in $TMPDIR, and the exit status says
// the run was terminated.
func TestDriftSinceRemovesItsCopyOnSignal(t *testing.T) {
	dir := gitMonolith(t)
	tmpdir := t.TempDir()
	cmd := exec.Command(binary, "drift", "-since", "HEAD~1")
	cmd.Dir, cmd.Env = dir, append(testEnv(), "TMPDIR="+tmpdir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for copies(t, tmpdir) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) || ee.ExitCode() != 143 {
		t.Errorf("drift -since after SIGTERM: %v, want exit status 143", err)
	}
	if n := copies(t, tmpdir); n != 0 {
		t.Errorf("%d copies of the repository left in $TMPDIR after SIGTERM", n)
	}
}

// copies counts drift's copies of a repository in dir.
func copies(t *testing.T, dir string) int {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, "boundarylint-drift-*"))
	if err != nil {
		t.Fatal(err)
	}
	return len(matches)
}
