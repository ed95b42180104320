package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/suite"
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
			defer pprof.StopCPUProfile() // a -cpuprofile the command's flags started (newFlagSet)
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

// newFlagSet returns the flag set of the subcommand name, whose -h prints
// usage. Every subcommand also takes -cpuprofile FILE, for finding where a
// command on a large module spends its time: setting the flag starts the
// profile, and runSubcommand stops it when the command returns.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	fs.Func("cpuprofile", "write a CPU profile of the command to `file`", func(file string) error {
		f, err := os.Create(file)
		if err != nil {
			return err
		}
		return pprof.StartCPUProfile(f)
	})
	return fs
}
