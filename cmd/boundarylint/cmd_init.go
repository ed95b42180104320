package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/boundarylint/boundarylint/internal/atomicfile"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/modspec"
	"github.com/boundarylint/boundarylint/specinit"
)

const initUsage = `usage: boundarylint init [-roots dirs] [-depth n] [-from file] [-o file [-baseline=false]]

Init proposes a boundaries.yaml for the module in the current directory and
prints it (or writes it to a new file with -o; an existing file is an error,
never overwritten). Every key is commented. With -o it then runs every
analyzer on the module against the new spec and writes the findings of that
first run to the baseline beside it (boundaries.baseline.json, which must
not exist yet), so that the first boundarylint ./... exits 0 and every later
finding is new; -baseline=false leaves that to boundarylint baseline.

From the code (the default): a component per subdirectory of internal/,
pkg/, cmd/ and services/ (those the module has; -roots chooses others,
-depth how many levels below a root name a component), and per other
top-level directory; depends_on lists the components each one imports
today, in any file, tests and build-tagged files included. A directory
holding more than a quarter of the packages (and more than 8) is cut one
level deeper. Two components that import each other are declared under
mutual; of the longer loops, the fewest and lightest imports that break
them all are left out of depends_on, listed at their file:line above their
component and recorded in the baseline. The cmd and main components that
nothing imports are composition roots, with the wiring code only one root
imports (an internal/cli that imports many components).

-from .go-arch-lint.yml translates go-arch-lint's rules instead: components
from in: globs, mayDependOn, commonComponents as shared, vendors as
external, exclude and excludeFiles. -from .golangci.yml adds depguard's
rules to the proposal from the code: denied third-party packages as
external, denied module packages as depends_on edges dropped. What does not
map is said in a comment in the spec and in a line on stderr.
`

// runInit implements "boundarylint init".
func runInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("init", initUsage, stderr)
	roots := fs.String("roots", "", "comma-separated module-relative directories whose subdirectories become components (default: internal,pkg,cmd,services where present)")
	depth := fs.Int("depth", 1, "directory levels below a root that name a component")
	from := fs.String("from", "", "translate this .go-arch-lint.yml, or the depguard rules of this .golangci.yml")
	out := fs.String("o", "", "write the spec to this new file instead of stdout")
	withBaseline := fs.Bool("baseline", true, "with -o, also record the findings of a first run in the baseline beside the spec")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "boundarylint init: unexpected arguments %q\n", fs.Args())
		return 2
	}
	var files []string
	if *out != "" {
		files = append(files, *out)
		if *withBaseline {
			files = append(files, baseline.DefaultPath(*out))
		}
	}
	for _, f := range files {
		if _, err := os.Stat(f); err == nil {
			fmt.Fprintf(stderr, "boundarylint init: %s exists; init never overwrites a spec or its baseline: write to another file or remove it\n", f)
			return 1
		}
	}
	draft, err := propose(*from, specinit.Options{Roots: splitList(*roots), Depth: *depth})
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint init: %v\n", err)
		return 1
	}
	for _, n := range draft.Notes {
		fmt.Fprintf(stderr, "boundarylint init: %s\n", n)
	}
	draft.ModuleKey = *out != "" && outsideModule(*out)
	var b bytes.Buffer
	if err := specinit.Render(&b, draft); err != nil {
		fmt.Fprintf(stderr, "boundarylint init: %v\n", err)
		return 1
	}
	if *out == "" {
		_, err = stdout.Write(b.Bytes())
	} else {
		err = writeNew(*out, b.Bytes())
	}
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint init: %v\n", err)
		return 1
	}
	if len(files) < 2 {
		if *out == "" && len(draft.Debt) > 0 {
			fmt.Fprintln(stderr, "boundarylint init: save the spec as boundaries.yaml and run boundarylint baseline to record its debt, or use init -o, which does both")
		}
		return 0
	}
	return initBaseline(*out, stdout, stderr)
}

// initBaseline records the findings of a first run against the spec just
// written at specPath: the debt the proposal leaves out of depends_on and
// whatever the other analyzers find (package state the wiring code writes,
// a helper called inside a transaction), so that the first run is green.
func initBaseline(specPath string, stdout, stderr io.Writer) int {
	checked, err := modspec.LocateAndCheck(specPath)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	res, err := vetSelf(driver.Config{Dir: checked.Root}, checked)
	if err != nil {
		// The spec is written and stays: a module that does not build as
		// go vet runs it (a test helper behind //go:build test) needs only its
		// tags, not a second init over the file init just wrote.
		fmt.Fprintf(stderr, "boundarylint init: the first run for the baseline: %v\n", err)
		fmt.Fprintf(stderr, "boundarylint init: %s is written, its baseline is not: make the module build under go vet (build tags: GOFLAGS=-tags=...), then run boundarylint baseline\n", checked.Path)
		return 1
	}
	return writeBaseline(nil, res.Findings, true, baseline.DefaultPath(checked.Path), stdout, stderr)
}

func propose(from string, opts specinit.Options) (*specinit.Draft, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	root, err := modspec.ModuleRoot(wd)
	if err != nil {
		return nil, err
	}
	if from == "" {
		return specinit.Propose(root, opts)
	}
	return specinit.Translate(root, from, opts)
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.Trim(strings.TrimSpace(f), "/"); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// writeNew writes data to a file that must not exist yet, atomically.
func writeNew(path string, data []byte) error {
	err := atomicfile.WriteNew(path, data)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s exists; init never overwrites a spec", path)
	}
	return err
}

// outsideModule reports whether a spec written at path would lie outside
// the module of the working directory, which only a module key then names.
func outsideModule(path string) bool {
	wd, err := os.Getwd()
	if err != nil {
		return false
	}
	here, err := modspec.ModuleRoot(wd)
	if err != nil {
		return false
	}
	there, err := modspec.ModuleRoot(filepath.Dir(path))
	return err != nil || there != here
}
