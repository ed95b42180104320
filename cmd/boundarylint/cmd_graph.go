package main

import (
	"fmt"
	"io"

	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/modspec"
	"github.com/boundarylint/boundarylint/report/graph"
)

const graphUsage = `usage: boundarylint graph [-spec path] [-format mermaid|dot] [-focus COMPONENT] [-api] [-target] [packages]

Graph prints the component graph: the edges the spec allows (depends_on)
and the edges the code has, each with its count of import statements (the
unit the findings count). Edges with imports the spec forbids, or that
open a chain out of an isolated component, are red and name the rules
they break, depends_on entries the code does not use are dashed, isolated
components have a thick (Mermaid) or double (DOT) border, shared ones are
rounded. -focus keeps one component, its neighbours and the edges that
touch it, and draws its data coupling as edges of their own (dotted,
blue): the tables it touches that others own and those of its own others
touch, which takes a run of every analyzer (as boundarylint ./... does);
-api lists each component's api packages in its box; -target draws the
spec's edges alone, the architecture the team is aiming for. The code's
imports come from the import clauses of packages (default ./...).
Mermaid renders in GitHub Markdown; render DOT with dot -Tsvg.
`

// runGraph implements "boundarylint graph".
func runGraph(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("graph", graphUsage, stderr)
	specPath := fs.String("spec", "", "path to boundaries.yaml")
	format := fs.String("format", "mermaid", "output format: mermaid or dot")
	focus := fs.String("focus", "", "draw only this component, its neighbours and their edges")
	api := fs.Bool("api", false, "list each component's api packages")
	target := fs.Bool("target", false, "draw the spec's edges only, without the code's")
	patterns, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if *format != "mermaid" && *format != "dot" {
		fmt.Fprintf(stderr, "boundarylint graph: unknown -format %q; use mermaid or dot\n", *format)
		return 2
	}
	checked, err := modspec.LocateAndCheck(*specPath)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	if *focus != "" && checked.Component(*focus) == nil {
		fmt.Fprintf(stderr, "boundarylint graph: unknown component %q for -focus; the spec has %s\n", *focus, checked.ComponentNames())
		return 2
	}
	opts := graph.Options{Packages: checked.Packages, API: *api, Focus: *focus}
	if !*target {
		res, err := graphRun(checked, *focus, patterns)
		if err != nil {
			fmt.Fprintf(stderr, "boundarylint: %v\n", err)
			return 1
		}
		opts.Imports, opts.Findings = graph.ImportsOf(checked.Spec, append(res.Edges, res.UnclaimedEdges...)), res.Findings
		opts.Events = res.Events // a focused graph's run: its event edges
	}
	g, err := graph.Build(checked.Spec, opts)
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint graph: %v\n", err)
		return 1
	}
	write := g.Mermaid
	if *format == "dot" {
		write = g.DOT
	}
	if err := write(stdout); err != nil {
		fmt.Fprintf(stderr, "boundarylint graph: %v\n", err)
		return 1
	}
	return 0
}

// graphRun reads the code's imports and findings: the imports analyzer's
// alone, or, for a focused graph, every analyzer's, whose tables give the
// data edges.
func graphRun(checked *modspec.Checked, focus string, patterns []string) (*driver.Result, error) {
	if focus != "" && checked.Component(focus) != nil {
		return vetSelf(driver.Config{Dir: checked.Root, Patterns: patterns}, checked)
	}
	return driver.Imports(driver.Config{Spec: checked.Spec, Patterns: patterns})
}
