package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modspec"
	"github.com/boundarylint/boundarylint/report/format"
)

const baselineUsage = `usage: boundarylint baseline [-spec path] [-baseline path] [-tags list] [-grow]

Baseline runs every analyzer on the whole module and records its findings
in the baseline file: one entry per line-independent key (rule, package,
other side, subject) with a count, sorted, one entry per line. Commit the
file. Later runs report only the findings it does not hold, and fail on
its stale entries (fewer findings than recorded: the violation was fixed)
until this command shrinks it.

Without a baseline file it records every current finding. With one, it
only shrinks it: the entries of fixed findings go and counts fall to what
is found, but new findings are not added; they stay reported until fixed.
-grow records them too (and rewrites a baseline that does not load); the
review of its diff is where a team accepts new coupling. A normal run
never writes the baseline.

The file is -baseline (relative to the module root), else the spec's name
with .baseline.json, beside it (boundaries.baseline.json). It is written
atomically (a temporary file renamed over it), and only when it changes.
Exit status: 0 written or already current, 1 error, 2 bad usage.
`

// runBaseline implements "boundarylint baseline".
func runBaseline(args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("baseline", baselineUsage, stderr)
	specPath := flags.String("spec", "", "path to boundaries.yaml")
	path := flags.String("baseline", "", "path to the baseline file")
	tags := flags.String("tags", "", "comma-separated build tags, as go build -tags")
	grow := flags.Bool("grow", false, "also record findings the baseline does not hold yet")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "boundarylint baseline: unexpected arguments %q: the baseline covers the whole module\n", flags.Args())
		return 2
	}
	checked, err := modspec.LocateAndOpen(*specPath) // checked while go vet runs
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	old, err := openBaseline(*path, checked)
	if errors.Is(err, fs.ErrNotExist) {
		old, err = nil, nil // a new file at the named path
	}
	if err != nil && !*grow {
		modspec.PrintError(stderr, err)
		fmt.Fprintln(stderr, "boundarylint baseline: fix the file, or rewrite it from the current findings with -grow")
		return 1
	}
	res, err := vetSelf(driver.Config{Dir: checked.Root, Tags: *tags, Check: checked.Check}, checked)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	return writeBaseline(old, res.Findings, *grow, baseline.Path(*path, checked.Root, checked.Path), stdout, stderr)
}

// writeBaseline writes the baseline that follows old after a run that
// found those findings, when it differs from old, and says what changed:
// with grow or without old, every finding; else old shrunk to them.
func writeBaseline(old *baseline.Baseline, found []finding.Finding, grow bool, file string, stdout, stderr io.Writer) int {
	next := old.Shrink(found)
	if grow || old == nil {
		next = baseline.FromFindings(found)
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint: %v\n", err)
		return 1
	}
	name := format.ShortPath(wd, file)
	if old != nil && bytes.Equal(old.Encode(), next.Encode()) {
		fmt.Fprintf(stdout, "%s: up to date, %d entries\n", name, next.Len())
	} else if err := next.Write(file); err != nil {
		fmt.Fprintf(stderr, "boundarylint: writing the baseline: %v\n", err)
		return 1
	} else {
		fmt.Fprintf(stdout, "%s: %d entries, was %d\n", name, next.Len(), old.Len())
	}
	applied, _ := baseline.Apply(next, found)
	if n := countUnrecorded(applied); n > 0 && !grow {
		fmt.Fprintf(stderr, "%s: new findings not recorded: %d; the baseline only shrinks (boundarylint baseline -grow accepts them)\n", name, n)
	}
	return 0
}

// countUnrecorded counts the findings a baseline could hold that it does
// not: a rule no baseline accepts (a directive without a reason) is for
// fixing, and -grow would not record it either.
func countUnrecorded(fs []finding.Finding) int {
	n := 0
	for _, f := range fs {
		if !f.Baselined && baseline.Accepts(f.Rule) {
			n++
		}
	}
	return n
}
