// Command boundarylint checks a Go module against the architecture contract
// in its boundaries.yaml: which component may import which, whose
// configuration, tables, context values and package state code may touch,
// and where transactions may go.
//
// Usage:
//
//	boundarylint [-C dir] [flags] [packages]      # standalone, default ./...
//	go vet -vettool=$(which boundarylint) [packages]
//	boundarylint COMMAND [flags] [arguments]
//
// The commands (one file each, cmd_NAME.go; the table is commands.go):
//
//	init      propose a spec from the code (-o file writes it, with an empty baseline)
//	check     validate the spec against the module, print what each component owns
//	baseline  record the current findings as accepted (-grow to add new ones)
//	imports   the import rules only, from import clauses, without type-checking
//	cut       what couples a component to the rest, heaviest first
//	drift     what got better and worse since a revision (-since) or a snapshot
//	graph     the component graph (Mermaid or DOT): spec edges, code imports, violations
//	doc       regenerate (or -check) an architecture document's marked sections
//	help      every command and flag; help NAME for an analyzer, a command or a rule
//
// Both checking modes run the same analyzers and print the same findings.
// The standalone mode is a whole-module run through go vet with this
// executable as its tool (package driver), the baseline applied to the
// run as a whole, printed by package report/format. As go vet's tool (a
// *.cfg unit, -V=full, -flags) and for the checker's in-process flags
// (-fix, -diff, -c, -debug) it is the x/tools checker, set up by package
// internal/vettool, which keeps go vet's cache keyed on the spec and its
// baseline. main keeps -C, the flags and the dispatch.
//
// The spec is -spec (relative paths resolve against the module root), else
// $BOUNDARYLINT_SPEC, else boundaries.yaml found by walking up from each
// package's directory to the module root. The baseline is -baseline, else
// the spec's name with .baseline.json beside it, if it exists
// ($BOUNDARYLINT_BASELINE=off ignores it).
//
// Exit status:
//
//	0  clean (or, for a command, done)
//	1  an error: the spec, the baseline or the packages do not load
//	2  bad usage
//	3  findings or stale baseline entries (drift: something got worse;
//	   doc -check: a section is out of date)
//
// Under go vet the exit status is go vet's: 1 for findings and errors alike.
// A spec that does not validate fails every run, never only the first: go
// vet caches a tool's successful results, and -V=full, the key it caches
// them under, covers the spec's and the baseline's hashes.
package main
