package main

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// printHelp prints what "boundarylint help" says: our commands, our
// analyzers and the flags a user of this tool needs. The multichecker's own
// help speaks of a generic analysis tool (Printf calls, strings.SplitSeq),
// so it is never shown; "help ANALYZER" still comes from the checker.
func printHelp(w io.Writer, analyzers []*analysis.Analyzer) {
	fmt.Fprint(w, helpUsage)
	fmt.Fprintf(w, "\nAnalyzers (all run by default; -NAME runs only the named ones, -NAME=false leaves one out):\n\n")
	for _, a := range analyzers {
		fmt.Fprintf(w, "    %-10s %s\n", a.Name, firstLine(a.Doc))
	}
	fmt.Fprint(w, helpFlags)
}

func firstLine(doc string) string {
	line, _, _ := strings.Cut(doc, "\n")
	return line
}

const helpUsage = `boundarylint checks a Go module against the architecture in its
boundaries.yaml: which component may import which, whose configuration,
tables, context values and package state code may touch, and where
transactions may go.

Usage:
    boundarylint [-C dir] [flags] [packages]          check packages (default ./...)
    go vet -vettool=$(which boundarylint) [packages]  the same, through go vet
    boundarylint init [-o file] [-roots dirs]         propose a spec from the code
    boundarylint check [-spec path]                   validate the spec, print what each component owns
    boundarylint imports [-spec path] [packages]      import rules only, without type-checking (fast)
    boundarylint graph [-format mermaid|dot] [-focus C] the component graph: spec edges, code imports, violations
    boundarylint doc [-check] FILE.md                 regenerate an architecture document's marked sections
    boundarylint help [analyzer | init | check | graph | doc] this help, or an analyzer's rule and flags
`

const helpFlags = `
Flags:
    -C dir        run in dir (the first argument only, as the go command's -C)
    -spec path    the spec (default: $BOUNDARYLINT_SPEC, else boundaries.yaml found by
                  walking up from each package's directory; relative to the module root)
    -json         print the findings as go vet's JSON tree (exit status 0)
    -fix, -diff   apply the certain fixes (unused //boundarylint:ignore), or show them
    -c N          print each finding's line with N lines of context
    -test=false   leave out test files
    -V=full       print the version and the spec's hash (go vet's cache key)
    -flags        print the flags as JSON (for go vet)

Exit status: 0 clean, 3 findings, 1 spec or load error (under go vet, 1 for both).

Run 'boundarylint help NAME' for an analyzer's rule and flags, and
'boundarylint help init' or 'boundarylint help check' for those commands.
`
