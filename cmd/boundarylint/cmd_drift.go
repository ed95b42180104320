package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modspec"
	"github.com/boundarylint/boundarylint/report/drift"
)

const driftUsage = `usage: boundarylint drift [-spec path] [-baseline path] [-tags list] [-format markdown|json] [-since REV | -snapshot FILE] [-write FILE]

Drift compares the module's coupling now with an earlier state: the git
revision REV (checked in a temporary copy of the repository at REV, with
the spec and baseline of REV, or with today's spec when REV predates it,
which the report says; your working tree is not touched), or a
snapshot FILE that an earlier run saved with -write. It reports, per
component pair and rule, the findings that are new, fixed and remaining
(matched by line-independent keys, so moved code is no churn), each new
and fixed finding by rule, file:line, message and key (new first, at most
50 of each, the rest counted), the code
edges the spec does not allow, the depends_on entries the code does not
use (the spec can be tightened), the packages no component claims and the
baseline's size then and now.

-write FILE saves the current state as a snapshot (atomically), alone or
beside a comparison. -format markdown (the default) suits a weekly issue,
a pull request comment or a job summary; json is for machines.
Exit status: 0 nothing got worse, 3 something did (a new finding, a new
edge the spec does not allow, a newly unclaimed package), 1 error, 2 bad
usage.
`

// driftFlags are drift's own flags.
type driftFlags struct {
	*moduleFlags
	format, since, snapshot, write string
}

// runDrift implements "boundarylint drift".
func runDrift(args []string, stdout, stderr io.Writer) int {
	f, ok := parseDrift(args, stderr)
	if !ok {
		return 2
	}
	checked, err := modspec.LocateAndOpen(f.spec) // checked while go vet runs (f.take)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	var before *drift.Snapshot
	title := ""
	if f.snapshot != "" { // a bad file fails before the long run
		if before, err = drift.Load(f.snapshot, checked.Module); err != nil {
			fmt.Fprintf(stderr, "boundarylint drift: %v\n", err)
			return 1
		}
		if before.SpecHash != checked.Hash {
			fmt.Fprintf(stderr, "boundarylint drift: warning: %s was taken with another version of %s (hash %.12s, now %.12s): findings that came or went with the spec's edits count as drift too\n", f.snapshot, checked.Name, before.SpecHash, checked.Hash)
		}
		title = "since snapshot " + f.snapshot
	}
	var tree *drift.Tree
	if f.since != "" { // an unknown revision fails before the long run too
		var stop func()
		tree, stop, err = checkoutRemovedOnSignal(checked.Root, f.since)
		if err != nil {
			fmt.Fprintf(stderr, "boundarylint drift: %v\n", err)
			return 1
		}
		defer stop()
	}
	now, err := f.take(checked)
	currentSpec := false
	if err == nil && tree != nil {
		before, title, currentSpec, err = f.takeAt(tree, checked)
	}
	if err == nil && f.write != "" {
		err = now.Write(f.write)
	}
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	if before == nil {
		return 0 // -write alone
	}
	r := drift.Compare(before, now)
	r.CurrentSpec = currentSpec
	if err := writeReport(stdout, f.format, r, func(w io.Writer) error { return r.Markdown(w, title) }); err != nil {
		fmt.Fprintf(stderr, "boundarylint drift: %v\n", err)
		return 1
	}
	if r.Worse {
		return 3
	}
	return 0
}

func parseDrift(args []string, stderr io.Writer) (driftFlags, bool) {
	fs := newFlagSet("drift", driftUsage, stderr)
	f := driftFlags{moduleFlags: registerModuleFlags(fs)}
	fs.StringVar(&f.format, "format", "markdown", "output format: markdown or json")
	fs.StringVar(&f.since, "since", "", "compare with this git revision")
	fs.StringVar(&f.snapshot, "snapshot", "", "compare with this snapshot file")
	fs.StringVar(&f.write, "write", "", "save the current state to this snapshot file")
	if err := fs.Parse(args); err != nil {
		return f, false
	}
	var problem string
	switch {
	case fs.NArg() > 0:
		problem = fmt.Sprintf("unexpected arguments %q: drift covers the whole module", fs.Args())
	case f.since != "" && f.snapshot != "":
		problem = "give -since or -snapshot, not both"
	case f.since == "" && f.snapshot == "" && f.write == "":
		problem = "nothing to compare with: give -since REV or -snapshot FILE (saved by -write FILE)"
	default:
		return f, reportFormat("drift", f.format, stderr)
	}
	fmt.Fprintf(stderr, "boundarylint drift: %s\n", problem)
	return f, false
}

// take runs the checks on the module as it is and takes its snapshot.
func (f driftFlags) take(checked *modspec.Checked) (*drift.Snapshot, error) {
	res, b, err := f.run(checked)
	if err != nil {
		return nil, err
	}
	snap := drift.Take(checked.Spec, res.Findings, res.Edges, res.Unclaimed, baselineLen(b))
	snap.AddEndpoints(checked.Spec, res.Endpoints)
	snap.AddTopics(checked.Spec, res.Events)
	return snap, nil
}

// takeAt takes the snapshot of the module in tree, a copy of it at an
// earlier revision, checked against the spec and the baseline it had then,
// or against today's spec when it had none (currentSpec).
func (f driftFlags) takeAt(tree *drift.Tree, now *modspec.Checked) (snap *drift.Snapshot, title string, currentSpec bool, err error) {
	then, currentSpec, err := checkAt(tree, now)
	if err != nil {
		return nil, "", false, err
	}
	// The baseline of then, where the flags say it is now; none if it did not exist yet.
	b, err := baseline.Open(tree.Path(baseline.Path(f.baseline, now.Root, now.Path)), false)
	if err != nil {
		return nil, "", false, fmt.Errorf("the baseline at %s: %w", f.since, err)
	}
	res, err := f.vet(then, b, nil) // checkAt checked it
	if err != nil {
		return nil, "", false, err
	}
	title = fmt.Sprintf("since %s (%.12s)", f.since, tree.Hash)
	if currentSpec {
		title += ", judged with today's spec"
	}
	snap = drift.Take(then.Spec, res.Findings, res.Edges, res.Unclaimed, baselineLen(b))
	snap.AddTopics(then.Spec, res.Events)
	snap.AddEndpoints(then.Spec, res.Endpoints)
	return snap, title, currentSpec, nil
}

// checkAt loads and checks the spec the module had in tree, where the spec
// now is. A revision from before the spec was written is judged with
// today's spec, copied into the tree (currentSpec): its patterns may match
// packages that did not exist yet, which is no error then, so that a team
// gets a before and after on the day it writes its first spec.
func checkAt(tree *drift.Tree, now *modspec.Checked) (checked *modspec.Checked, currentSpec bool, err error) {
	path, root := tree.Path(now.Path), tree.Path(now.Root)
	spec, err := modspec.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		currentSpec = true
		spec, err = copySpec(now.Path, path)
	}
	if err != nil {
		return nil, false, fmt.Errorf("the spec at %s does not load: %w", tree.Rev, err)
	}
	pkgs, err := modspec.CheckModule(spec, root)
	if errs := (boundary.Errors)(nil); currentSpec && errors.As(err, &errs) {
		err = nil // today's patterns against yesterday's packages
	}
	if err != nil {
		return nil, false, fmt.Errorf("the spec at %s does not match the module then: %w", tree.Rev, err)
	}
	return &modspec.Checked{Spec: spec, Path: path, Root: root, Packages: pkgs}, currentSpec, nil
}

// copySpec writes the spec at from to the path to (in a revision's copy)
// and loads it there.
func copySpec(from, to string) (*boundary.Spec, error) {
	data, err := os.ReadFile(from)
	if err == nil {
		err = os.MkdirAll(filepath.Dir(to), 0o755)
	}
	if err == nil {
		err = os.WriteFile(to, data, 0o644)
	}
	if err != nil {
		return nil, err
	}
	return modspec.Load(to)
}

// baselineLen is the size of a baseline for a snapshot: -1 without one.
func baselineLen(b *baseline.Baseline) int {
	if b == nil {
		return -1
	}
	return b.Len()
}

// checkoutRemovedOnSignal copies the revision (drift.Checkout) and removes
// the copy, a whole repository's files in $TMPDIR, when the process is
// interrupted or terminated while it copies or checks it, as well as when
// stop is called. A signal during the copy waits for the copy to end (git
// received the terminal's SIGINT too and stops early), so that no
// directory escapes removal.
func checkoutRemovedOnSignal(root, rev string) (tree *drift.Tree, stop func(), err error) {
	var mu sync.Mutex
	signals := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-signals:
			mu.Lock() // after Checkout returned: tree is the copy, or nil
			if tree != nil {
				tree.Remove()
			}
			code := 130 // 128 + SIGINT, as a shell reports it
			if sig == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code)
		case <-done:
		}
	}()
	stop = func() {
		signal.Stop(signals)
		close(done)
		mu.Lock()
		defer mu.Unlock()
		if tree != nil {
			tree.Remove()
		}
	}
	mu.Lock()
	tree, err = drift.Checkout(root, rev)
	mu.Unlock()
	if err != nil {
		stop()
		return nil, nil, err
	}
	return tree, stop, nil
}
