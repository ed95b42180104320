package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/modspec"
	"github.com/boundarylint/boundarylint/report/format"
)

// standaloneFlags are the standalone run's own flags; every other flag is
// an analyzer's, passed on to the tool.
type standaloneFlags struct {
	format   string
	json     bool
	spec     string
	baseline string
	tags     string
	tests    bool     // -test: false leaves out the findings in test files
	tool     []string // analyzer flags for go vet to pass to the tool
}

// runStandalone implements "boundarylint [flags] [packages]": the whole
// module through go vet with this executable as its tool (driver.Vet),
// the baseline applied to the run as a whole, the findings printed in the
// chosen format. Exit status: 0 clean, 3 findings or stale baseline
// entries, 1 error, 2 bad usage.
func runStandalone(args []string, stdout, stderr io.Writer) int {
	opts, patterns, ok := parseStandalone(args, stderr)
	if !ok {
		return 2
	}
	checked, err := modspec.LocateAndOpen(opts.spec) // checked while go vet runs
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	b, err := openBaseline(opts.baseline, checked)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	res, err := vetSelf(driver.Config{Flags: opts.tool, Patterns: patterns, Tags: opts.tags, Check: checked.Check}, checked)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	if !opts.tests {
		res.LeaveOutTests()
	}
	return printResult(res, b, opts.format, checked.Root, stdout, stderr)
}

// parseStandalone parses the standalone run's flags. Analyzer flags are
// declared as the checker declares them (-NAME, -NAME.FLAG) so that a
// misspelt one is an error here; their values go to the tool unchanged.
func parseStandalone(args []string, stderr io.Writer) (standaloneFlags, []string, bool) {
	var opts standaloneFlags
	fs := flag.NewFlagSet("boundarylint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	registerOutputFlags(fs, &opts.format, &opts.json, &opts.baseline)
	fs.StringVar(&opts.spec, "spec", "", "path to boundaries.yaml")
	fs.StringVar(&opts.tags, "tags", "", "comma-separated build tags, as go build -tags")
	fs.BoolVar(&opts.tests, "test", true, "check test files too; -test=false leaves out the findings in them")
	declareToolFlags(fs, suite.Analyzers(), &opts.tool)
	fs.Usage = func() { printHelp(stderr, suite.Analyzers()) }
	patterns, err := parseInterspersed(fs, args)
	if err != nil || !validFormat(&opts.format, opts.json, stderr) {
		return opts, nil, false
	}
	return opts, patterns, true
}

// registerOutputFlags declares the flags every checking command shares:
// -format, -json (short for -format json) and -baseline.
func registerOutputFlags(fs *flag.FlagSet, name *string, json *bool, baselinePath *string) {
	fs.StringVar(name, "format", "text", "output format: text, json, sarif or github")
	fs.BoolVar(json, "json", false, "the same as -format json")
	fs.StringVar(baselinePath, "baseline", "", "the baseline (default: the spec's name with .baseline.json, beside it, if it exists; relative to the module root)")
}

// validFormat applies -json to the format name and reports whether it is
// known, saying so on stderr when it is not.
func validFormat(name *string, json bool, stderr io.Writer) bool {
	if json {
		*name = "json"
	}
	if err := format.Valid(*name); err != nil {
		fmt.Fprintf(stderr, "boundarylint: -format: %v\n", err)
		return false
	}
	return true
}

// toolFlag records an analyzer flag for the tool, as -NAME=VALUE.
type toolFlag struct {
	name   string
	isBool bool
	args   *[]string
}

func (f toolFlag) String() string   { return "" }
func (f toolFlag) IsBoolFlag() bool { return f.isBool }
func (f toolFlag) Set(v string) error {
	*f.args = append(*f.args, "-"+f.name+"="+v)
	return nil
}

// declareToolFlags declares the analyzers' flags on fs: -NAME to select an
// analyzer and -NAME.FLAG for each of its flags, but not those the
// drivers set themselves (spec, baseline, findings, graph).
func declareToolFlags(fs *flag.FlagSet, analyzers []*analysis.Analyzer, args *[]string) {
	for _, a := range suite.WithRequired(analyzers) {
		fs.Var(toolFlag{a.Name, true, args}, a.Name, "enable "+a.Name+" analysis")
		a.Flags.VisitAll(func(f *flag.Flag) {
			switch f.Name {
			case "spec", "baseline", "findings", "graph":
				return
			}
			b, ok := f.Value.(interface{ IsBoolFlag() bool })
			fs.Var(toolFlag{a.Name + "." + f.Name, ok && b.IsBoolFlag(), args}, a.Name+"."+f.Name, f.Usage)
		})
	}
}

// toolFlagNames lists the analyzer flags this executable declares as a
// vet tool, as its -flags answer names them (-NAME and -NAME.FLAG, which
// the checker declares for each analyzer it runs), for driver.Vet.
func toolFlagNames(analyzers []*analysis.Analyzer) []string {
	var names []string
	for _, a := range analyzers {
		names = append(names, a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, a.Name+"."+f.Name) })
	}
	return names
}

// openBaseline loads the -baseline file, which must exist, else the one
// beside the spec, if there is one. Its name, in messages, is relative to
// the working directory.
func openBaseline(flagPath string, spec *modspec.Checked) (*baseline.Baseline, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	return baseline.Open(format.ShortPath(wd, baseline.Path(flagPath, spec.Root, spec.Path)), flagPath != "")
}

// printResult applies the baseline to a run as a whole, prints what
// remains in the named format (text on stderr, where go vet prints
// findings; the others on stdout) and returns the exit status: 3 when a
// finding or a stale entry remains, else 0.
func printResult(res *driver.Result, b *baseline.Baseline, name, root string, stdout, stderr io.Writer) int {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint: %v\n", err)
		return 1
	}
	stale := res.ApplyBaseline(b)
	r := format.Report{Findings: res.Findings, Stale: stale, Unread: res.Unread, Dir: wd, Root: root}
	if name == "sarif" || name == "github" {
		r.RootInRepo = rootInRepo(root)
	}
	if b != nil {
		r.Baseline = b.Name
	}
	out := stdout
	if name == "text" {
		out = stderr
	}
	if err := format.Write(out, name, r); err != nil {
		fmt.Fprintf(stderr, "boundarylint: %v\n", err)
		return 1
	}
	if r.Clean() {
		return 0
	}
	return 3
}

// rootInRepo returns the module root's path relative to the top level of
// the git repository holding it, where GitHub places annotations and
// SARIF locations: "" at the top level or outside a repository.
func rootInRepo(root string) string {
	out, err := exec.Command("git", "-C", root, "rev-parse", "--show-prefix").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSpace(string(out)), "/")
}
