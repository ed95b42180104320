package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/boundarylint/boundarylint/driver"
)

const importsUsage = `usage: boundarylint imports [-spec path] [-tags list] [-baseline path] [-format F] [packages]

Imports checks the import rules only, from the packages' import clauses,
without type-checking: the fast path for pre-commit hooks and large
monoliths. Its findings are those of the imports analyzer in the full run
(boundarylint -imports), which this command's tests compare; unused
//boundarylint:ignore directives are reported only by the full run. The
baseline applies as in the full run, to the import rules' entries; -format
prints text, json, sarif or github as the full run does.
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
	registerOutputFlags(fs, &name, &json, &baselinePath)
	fs.Usage = func() { fmt.Fprint(stderr, importsUsage) }
	patterns, err := parseInterspersed(fs, args)
	if err != nil || !validFormat(&name, json, stderr) {
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
	res, err := driver.Imports(driver.Config{Spec: checked.Spec, Patterns: patterns, Tags: *tags})
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint: %v\n", err)
		return 1
	}
	for _, n := range res.Notes {
		fmt.Fprintf(stderr, "boundarylint: %s\n", n)
	}
	return printResult(res, b, name, checked.Root, stdout, stderr)
}
