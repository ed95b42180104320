package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/report/format"
)

// command is a subcommand of boundarylint: the table below dispatches it,
// answers "help NAME" with its usage and lists it in the help.
type command struct {
	name     string
	synopsis string // its arguments, for the help's list
	summary  string
	usage    string // the whole help: "help NAME" and -h print it
	run      func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"init", "[-o file] [-roots dirs]", "propose a spec from the code", initUsage, runInit},
		{"check", "[-spec path]", "validate the spec, print what each component owns", checkUsage, runCheck},
		{"baseline", "[-grow]", "record the current findings in the baseline (only shrinks it without -grow)", baselineUsage, runBaseline},
		{"imports", "[-spec path] [packages]", "import rules only, without type-checking (fast)", importsUsage, runImportsOnly},
		{"cut", "[-format markdown|json] COMPONENT", "everything coupling a component to the rest, heaviest first", cutUsage, runCut},
		{"drift", "-since REV | -snapshot FILE", "what got better and worse since a revision or a snapshot", driftUsage, runDrift},
		{"graph", "[-format mermaid|dot] [-focus C]", "the component graph: spec edges, code imports, violations", graphUsage, runGraph},
		{"doc", "[-check] FILE.md", "regenerate an architecture document's marked sections", docUsage, runDoc},
	}
}

// runSubcommand runs the subcommand named by args[0], if there is one,
// before the checker takes the flags. "help RULE" prints the rule's
// documentation from the registry. "help ANALYZER" is the checker's,
// also for the imports analyzer, whose command answers "imports -h".
func runSubcommand(args []string) (code int, ok bool) {
	if len(args) == 0 {
		return 0, false
	}
	if args[0] == "help" && len(args) == 1 {
		printHelp(os.Stdout, suite.Analyzers())
		return 0, true
	}
	if args[0] == "help" && len(args) == 2 {
		if r, ok := finding.Lookup(args[1]); ok {
			fmt.Fprint(os.Stdout, format.RuleText(r))
			return 0, true
		}
	}
	for _, c := range commands() {
		switch {
		case args[0] == c.name:
			return withCheckedOutput("boundarylint "+c.name, func(stdout, stderr io.Writer) int { return c.run(args[1:], stdout, stderr) }), true
		case args[0] == "help" && len(args) == 2 && args[1] == c.name && !isAnalyzer(c.name):
			fmt.Fprint(os.Stdout, c.usage)
			return 0, true
		}
	}
	return 0, false
}

func isAnalyzer(name string) bool {
	return slices.ContainsFunc(suite.Analyzers(), func(a *analysis.Analyzer) bool { return a.Name == name })
}

const checkUsage = `usage: boundarylint check [-spec path]

Check validates boundaries.yaml against the module: a spec error or a
package or api pattern that matches no package of the module is an error
(exit status 1). It prints, for each component, the packages it owns, its
api packages, the patterns that matched nothing and the environment
variables, config keys, config fields and tables it owns, then the packages
no component claims.

The spec is -spec (relative to the module root), else $BOUNDARYLINT_SPEC,
else boundaries.yaml at the root of the working directory's module.
`

// runCheck implements "boundarylint check".
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, checkUsage) }
	specPath := fs.String("spec", "", "path to boundaries.yaml")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "boundarylint check: unexpected arguments %q\n", fs.Args())
		return 2
	}
	spec, err := locateAndCheck(*specPath)
	if spec != nil {
		printOwnership(stdout, spec)
	}
	if err != nil {
		printSpecError(stderr, err)
		return 1
	}
	return 0
}

// printOwnership prints what each component of the spec owns.
func printOwnership(w io.Writer, s *checkedSpec) {
	fmt.Fprintf(w, "spec %s: module %s, %d packages, %d components\n", s.Name, s.Module, len(s.Packages), len(s.Components))
	members := map[*boundary.Component][]string{}
	var unclaimed []string
	for _, rel := range s.Packages {
		if c := s.ComponentOf(s.ImportPath(rel)); c != nil {
			members[c] = append(members[c], rel)
		} else {
			unclaimed = append(unclaimed, rel)
		}
	}
	for _, c := range s.Components {
		printComponent(w, s, c, members[c])
	}
	fmt.Fprintf(w, "\nunclaimed packages (unassigned: %s):\n", s.Unassigned)
	printList(w, unclaimed)
}

func printComponent(w io.Writer, s *checkedSpec, c *boundary.Component, pkgs []string) {
	fmt.Fprintf(w, "\ncomponent %s (%s)%s\n", c.Name, c.Pos, componentTraits(c))
	if len(c.DependsOn) > 0 {
		names := make([]string, len(c.DependsOn))
		for i, r := range c.DependsOn {
			names[i] = r.Name
		}
		fmt.Fprintf(w, "  depends on: %s\n", strings.Join(names, ", "))
	}
	fmt.Fprintf(w, "  packages:\n")
	printList(w, pkgs)
	if c.API == nil {
		fmt.Fprintf(w, "  api: every package (no api key)\n")
	} else {
		var api []string
		for _, rel := range pkgs {
			if s.IsAPI(c, s.ImportPath(rel)) {
				api = append(api, rel)
			}
		}
		fmt.Fprintf(w, "  api:\n")
		printList(w, api)
	}
	if unmatched := unmatchedPatterns(s, c); len(unmatched) > 0 {
		fmt.Fprintf(w, "  patterns that match nothing:\n")
		printList(w, unmatched)
	}
	printClaims(w, "env", c.Owns.Env)
	printClaims(w, "config", c.Owns.Config)
	if len(c.Owns.Fields) > 0 {
		fields := make([]string, len(c.Owns.Fields))
		for i, f := range c.Owns.Fields {
			fields[i] = f.String()
		}
		fmt.Fprintf(w, "  fields: %s\n", strings.Join(fields, ", "))
	}
	printClaims(w, "tables", c.Owns.Tables)
	printClaims(w, "topics", c.Owns.Topics)
	if len(c.Owns.Context) > 0 {
		keys := make([]string, len(c.Owns.Context))
		for i, k := range c.Owns.Context {
			keys[i] = k.String()
		}
		fmt.Fprintf(w, "  context keys: %s\n", strings.Join(keys, ", "))
	}
}

func componentTraits(c *boundary.Component) string {
	var t []string
	if c.Shared {
		t = append(t, "shared")
	}
	if c.Isolated {
		t = append(t, "isolated")
	}
	if c.StrictConfig {
		t = append(t, "strict config")
	}
	if c.CompositionRoot {
		t = append(t, "composition root")
	}
	if len(t) == 0 {
		return ""
	}
	return ": " + strings.Join(t, ", ")
}

// unmatchedPatterns lists c's package and api patterns that match no
// package of the module, with their positions.
func unmatchedPatterns(s *checkedSpec, c *boundary.Component) []string {
	var out []string
	for _, p := range append(append([]boundary.Pattern{}, c.Packages...), c.API...) {
		if !matchesAny(p, s.Packages) {
			out = append(out, fmt.Sprintf("%s (%s)", p.Raw, p.Pos))
		}
	}
	return out
}

func matchesAny(p boundary.Pattern, pkgs []string) bool {
	for _, pkg := range pkgs {
		if p.Match(pkg) {
			return true
		}
	}
	return false
}

func printClaims(w io.Writer, kind string, claims []boundary.Claim) {
	if len(claims) == 0 {
		return
	}
	names := make([]string, len(claims))
	for i, c := range claims {
		names[i] = c.Pattern
	}
	fmt.Fprintf(w, "  %s: %s\n", kind, strings.Join(names, ", "))
}

func printList(w io.Writer, items []string) {
	if len(items) == 0 {
		fmt.Fprintf(w, "    (none)\n")
	}
	for _, it := range items {
		fmt.Fprintf(w, "    %s\n", it)
	}
}
