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
	line := func(cmd, summary string) { fmt.Fprintf(w, "    %-52s %s\n", cmd, summary) }
	line("boundarylint [-C dir] [flags] [packages]", "check packages (default ./...)")
	line("go vet -vettool=$(which boundarylint) [packages]", "the same, through go vet")
	for _, c := range commands() {
		line("boundarylint "+c.name+" "+c.synopsis, c.summary)
	}
	line("boundarylint help [analyzer | command | rule]", "this help, or an analyzer's, a command's or a rule's")
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
`

const helpFlags = `
Flags:
    -C dir          run in dir (the first argument only, as the go command's -C)
    -spec path      the spec (default: $BOUNDARYLINT_SPEC, else boundaries.yaml found by
                    walking up from each package's directory; relative to the module root)
    -baseline path  the accepted findings (default: the spec's name with .baseline.json,
                    beside it, if it exists; relative to the module root)
    -format F       text (the default: file:line:col: message [rule], on stderr), json (the
                    structured findings), sarif (SARIF 2.1.0) or github (workflow commands)
    -json           the same as -format json
    -tags list      build tags, as go build -tags
    -fix, -diff     apply the certain fixes (unused //boundarylint:ignore), or show them
    -c N            print each finding's line with N lines of context
    -test=false     leave out the findings in test files
                    (-fix, -diff, -c and -debug run the checker in this process, without
                    go vet, its cache or the whole-module baseline check)
    -V=full         print the version and the spec's hash (go vet's cache key)
    -flags          print the flags as JSON (for go vet)

Exit status: 0 clean, 3 findings or stale baseline entries, 1 spec, baseline or load
error, 2 bad usage (under go vet: 1 for findings and errors alike).

Run 'boundarylint help NAME' for an analyzer's rules and flags, for a
command's flags and exit status, or for a rule ID (help imports/private):
what it reports, why, how to fix it, with an example. Every rule:
docs/rules.md.
`
