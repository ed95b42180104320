package vettool

import (
	"flag"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/modscan"
	"github.com/boundarylint/boundarylint/modspec"
)

// WholeModule reports whether args (the command line after -C, not a
// subcommand) ask for the standalone whole-module run, which the command
// drives over go vet, rather than for the checker in this process: a go
// vet unit, -V=full, -flags, help, or a flag only the in-process checker
// has (-fix, -diff, -c, -debug, profiles).
func WholeModule(args []string) bool {
	cl := scanArgs(args, boolFlags(suite.Analyzers()))
	return cl.standalone() && !cl.inProcess()
}

// Main runs the x/tools checker on args, the command line after -C, which
// os.Args holds too: as go vet's tool for one unit, answering -V=full or
// -flags, or checking packages in this process. It does not return.
func Main(args []string) {
	analyzers := suite.Analyzers()
	spec := registerSpecFlag(flag.CommandLine, analyzers)
	flag.Var(versionFlag{spec: spec}, "V", "print version and exit")

	cl := scanArgs(args, boolFlags(analyzers))
	run := analyzers // the spec read once, here, is bound to them where Main has one
	if cfg, ok := cl.vetUnit(); ok {
		if factsOnly(cfg) {
			spec.ignoreForDependency()
			run = dependencyAnalyzers(analyzers)
		} else {
			loaded, path, err := loadUnitSpec(cl.spec)
			if err == nil {
				run, err = bind(suite.Binding{Spec: loaded, GraphFile: savedGraph()}, path)
			}
			if err != nil {
				modspec.PrintError(os.Stderr, err)
				os.Exit(1) // never cached by go vet, unlike an analysis error
			}
		}
	}
	if cl.standalone() {
		if len(cl.packages) == 0 {
			os.Args = append(os.Args, "./...")
		}
		checked, err := modspec.LocateAndCheck(cl.spec)
		if err != nil {
			modspec.PrintError(os.Stderr, err)
			os.Exit(1)
		}
		spec.pin(cl, checked.Path)
		applyTags(cl.tags)
		if run, err = bind(suite.Binding{Spec: checked.Spec}, checked.Path); err != nil {
			modspec.PrintError(os.Stderr, err)
			os.Exit(1)
		}
	}
	multichecker.Main(run...)
}

// dependencyAnalyzers returns the analyzers for a unit go vet runs only
// for a dependency's facts: bound to the spec of the dependency's own
// module, which the analyzers would each find and load themselves (seven
// loads of the same file, in each of a large run's many such units),
// loaded here once. Such a unit needs no baseline: the baseline only
// decides which findings are reported, and go vet drops the unit's
// findings; no fact depends on it. Where discovery finds no spec, or the
// spec does not load, the analyzers stay as they were, unbound: each finds
// no spec, or fails on the spec as before (go vet drops that error with
// the findings, and the failed analyzers' facts are missing, as the
// module's reporting units fail on the spec themselves).
func dependencyAnalyzers(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	graph := savedGraph()
	if wd, err := os.Getwd(); err == nil {
		if path, err := modspec.Locate("", wd); err == nil {
			if loaded, err := modspec.LoadValidated(path, readRecord(path).validated()); err == nil {
				return suite.Bind(suite.Binding{Spec: loaded, GraphFile: graph})
			}
		}
	}
	_ = imports.Analyzer.Flags.Set("graph", graph) // a string flag: Set cannot fail
	return analyzers
}

// savedGraph names the module's import graph that -V=full saved at the
// start of this go vet run, which the imports analyzer reads so that each
// package's process does not read every import clause of the module again
// (it reads them itself when the file is missing or is another module's);
// "" outside a module.
func savedGraph() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	root, err := modspec.ModuleRoot(wd)
	if err != nil {
		return ""
	}
	return modscan.GraphFile(root, vetRun())
}

// applyTags makes the standalone -tags flag, which the checker itself
// ignores, choose the files of the build: it joins the -tags of $GOFLAGS,
// where both the go list the checker runs and the imports analyzer's
// reading of the module's import graph find it.
func applyTags(tags string) {
	if tags == "" {
		return
	}
	tags = strings.Join(strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || r == ' ' }), ",")
	os.Setenv("GOFLAGS", strings.TrimSpace(os.Getenv("GOFLAGS")+" -tags="+tags))
}

// bind binds the analyzers to b and to the baseline beside the spec at
// specPath, when there is one and $BOUNDARYLINT_BASELINE does not turn it
// off; an -ANALYZER.baseline flag, parsed later, overrides it.
func bind(b suite.Binding, specPath string) ([]*analysis.Analyzer, error) {
	var err error
	if b.Baseline, err = openBaseline(specPath); err != nil {
		return nil, err
	}
	return suite.Bind(b), nil
}

// openBaseline loads the baseline beside the spec at specPath, as the
// units apply it: nil when there is none or $BOUNDARYLINT_BASELINE turns
// it off. One that does not load is an error, on every run, as a broken
// spec is.
func openBaseline(specPath string) (*baseline.Baseline, error) {
	if baseline.Off() {
		return nil, nil
	}
	return baseline.Open(baseline.DefaultPath(specPath), false)
}
