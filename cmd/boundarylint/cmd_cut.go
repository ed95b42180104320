package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/boundarylint/boundarylint/modspec"
	"github.com/boundarylint/boundarylint/report/cut"
)

const cutUsage = `usage: boundarylint cut [-spec path] [-baseline path] [-tags list] [-format markdown|json] COMPONENT

Cut prints the cut list of COMPONENT: everything that couples it to the
rest of the module and must be cut before it can run alone, grouped by the
other component and by kind (imports both ways, configuration, tables,
transactions, context values and package state), with the count and
file:line of every place. The most coupled counterpart and the heaviest
integration point come first: verify the first three items by hand before
anyone trusts the plan. Baselined findings are in the list, marked (the
list is the whole debt, not only the new debt), and so are the imports the
spec allows, which become calls across the network after extraction,
each with the names it uses of the other package (its API surface), and
the HTTP routes and RPC methods its handlers serve (its network API).

It runs every analyzer over the whole module, as boundarylint does.
-format markdown (the default) is a checklist for people; json is for
machines. Exit status: 0 printed, 1 error, 2 bad usage or an unknown
component.
`

// runCut implements "boundarylint cut".
func runCut(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("cut", cutUsage, stderr)
	m := registerModuleFlags(fs)
	format := fs.String("format", "markdown", "output format: markdown or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, "boundarylint cut: name one component\n\n"+cutUsage)
		return 2
	}
	if !reportFormat("cut", *format, stderr) {
		return 2
	}
	checked, err := modspec.LocateAndOpen(m.spec) // checked while go vet runs (m.run)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	name := fs.Arg(0)
	if checked.Component(name) == nil {
		fmt.Fprintf(stderr, "boundarylint cut: unknown component %q; the spec has %s\n", name, checked.ComponentNames())
		return 2
	}
	m.uses = true
	res, _, err := m.run(checked)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	list, err := cut.Build(checked.Spec, name, append(res.Findings, res.Ignored...), append(res.Edges, res.UnclaimedEdges...))
	if err == nil {
		list.AddEvents(checked.Spec, res.Events)
		list.AddEndpoints(checked.Spec, res.Endpoints)
		err = writeReport(stdout, *format, list, list.Markdown)
	}
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint cut: %v\n", err)
		return 1
	}
	return 0
}

// reportFormat says whether name is a format of the report commands, and
// why not on stderr.
func reportFormat(cmd, name string, stderr io.Writer) bool {
	if name == "markdown" || name == "json" {
		return true
	}
	fmt.Fprintf(stderr, "boundarylint %s: unknown -format %q; use markdown or json\n", cmd, name)
	return false
}

// writeReport writes a report as indented JSON, or with its Markdown method.
func writeReport(w io.Writer, format string, v any, markdown func(io.Writer) error) error {
	if format == "markdown" {
		return markdown(w)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
