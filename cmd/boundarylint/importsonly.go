package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/boundarylint/boundarylint/driver"
)

const importsUsage = `usage: boundarylint imports [-spec path] [-tags list] [packages]

Imports checks the import rules only, from the packages' import clauses,
without type-checking: the fast path for pre-commit hooks and large
monoliths. Its findings are those of the imports analyzer in the full run
(boundarylint -imports), which this command's tests compare; unused
//boundarylint:ignore directives are reported only by the full run.
Exit status: 0 clean, 1 error, 3 findings.
`

// runImportsOnly implements "boundarylint imports" with driver.Imports.
func runImportsOnly(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("imports", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tags := fs.String("tags", "", "comma-separated build tags, as go build -tags (default: those of $GOFLAGS): they choose the files of the import graph; the direct import rules read every file")
	specPath := fs.String("spec", "", "path to boundaries.yaml (default: $BOUNDARYLINT_SPEC, else found by walking up; relative paths resolve against the module root)")
	fs.Usage = func() { fmt.Fprint(stderr, importsUsage) }
	if err := fs.Parse(args); err != nil {
		return 1
	}
	checked, err := locateAndCheck(*specPath)
	if err != nil {
		printSpecError(stderr, err)
		return 1
	}
	res, err := driver.Imports(driver.Config{Spec: checked.Spec, Patterns: fs.Args(), Tags: *tags})
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint: %v\n", err)
		return 1
	}
	for _, n := range res.Notes {
		fmt.Fprintf(stderr, "boundarylint: %s\n", n)
	}
	for _, f := range res.Findings {
		fmt.Fprintf(stderr, "%s: %s\n", f.Posn, f.Message) // where go vet and the checker print findings
	}
	if len(res.Findings) > 0 {
		return 3
	}
	return 0
}
