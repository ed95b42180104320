package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/boundarylint/boundarylint/driver"
)

const importsUsage = `usage: boundarylint imports [-spec path] [-tags list] [-baseline path] [-format F] [packages]
       boundarylint imports [flags] FILE.go...              (the findings in these files)
       boundarylint imports [flags] -stdin-filename FILE.go  (FILE.go's content on stdin)

Imports checks the import rules only, from the packages' import clauses,
without type-checking: the fast path for pre-commit hooks and large
monoliths. Its findings are those of the imports analyzer in the full run
(boundarylint -imports), which this command's tests compare; unused
//boundarylint:ignore directives are reported only by the full run. The
baseline applies as in the full run, to the import rules' entries; -format
prints text, json, sarif or github as the full run does.

Given .go files instead of packages, it prints the findings in those
files only, for editors and pre-commit hooks: their packages are checked
from import clauses, the rest of the module's imports (for the isolation
and cycle rules) read from the tree on disk. -stdin-filename FILE.go reads
FILE.go's content from stdin instead of the disk, as an editor passes an
unsaved buffer (eslint's and ruff's flag of the same name); the findings
print under FILE.go. No baseline entry is reported stale from files.
Exit status: 0 clean, 1 error, 2 bad usage, 3 findings or stale entries.
`

// runImportsOnly implements "boundarylint imports" with driver.Imports.
func runImportsOnly(args []string, stdout, stderr io.Writer) int {
	var name, baselinePath string
	var json bool
	fs := flag.NewFlagSet("imports", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tags := fs.String("tags", "", "comma-separated build tags, as go build -tags (default: those of $GOFLAGS): they choose the files of the import graph; the direct import rules read every file")
	specPath := fs.String("spec", "", "path to boundaries.yaml (default: $BOUNDARYLINT_SPEC, else found by walking up; relative paths resolve against the module root)")
	stdinFile := fs.String("stdin-filename", "", "check this .go file with the content read from stdin (an editor's unsaved buffer)")
	registerOutputFlags(fs, &name, &json, &baselinePath)
	fs.Usage = func() { fmt.Fprint(stderr, importsUsage) }
	if fs.Parse(args) != nil || !validFormat(&name, json, stderr) {
		return 2
	}
	checked, err := locateAndCheck(*specPath)
	if err != nil {
		printSpecError(stderr, err)
		return 1
	}
	b, err := openBaseline(baselinePath, checked)
	if err != nil {
		printSpecError(stderr, err)
		return 1
	}
	files, fileMode, err := importsFileArgs(fs.Args(), *stdinFile, os.Stdin)
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint imports: %v\n", err)
		return 2
	}
	cfg := driver.Config{Spec: checked.Spec, Patterns: fs.Args(), Tags: *tags}
	var res *driver.Result
	if fileMode {
		res, err = driver.ImportsFiles(cfg, files.paths, files.overlay)
	} else {
		res, err = driver.Imports(cfg)
	}
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint: %v\n", err)
		return 1
	}
	for _, n := range res.Notes {
		fmt.Fprintf(stderr, "boundarylint: %s\n", n)
	}
	return printResult(res, b, name, checked.Root, stdout, stderr)
}
