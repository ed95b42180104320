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
	"github.com/boundarylint/boundarylint/boundary"
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
		} else {
			loaded, path, err := loadUnitSpec(cl.spec)
			if err != nil {
				modspec.PrintError(os.Stderr, err)
				os.Exit(1) // never cached by go vet, unlike an analysis error
			}
			run = bindBaseline(suite.Bind(loaded), path)
		}
		useSavedGraph(run)
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
		run = bindBaseline(suite.Bind(checked.Spec), checked.Path)
	}
	multichecker.Main(run...)
}

// useSavedGraph points the imports analyzer among run (flag-configured or
// bound to the unit's spec) at the module's import graph that -V=full saved
// at the start of this go vet run, so that each package's process does not
// read every import clause of the module again (the analyzer reads them
// itself when the file is missing or is another module's).
func useSavedGraph(run []*analysis.Analyzer) {
	wd, err := os.Getwd()
	if err != nil {
		return
	}
	root, err := boundary.ModuleRoot(wd)
	if err != nil {
		return
	}
	for _, a := range run {
		if a.Name == imports.Analyzer.Name && a.Flags.Lookup("graph") != nil {
			_ = a.Flags.Set("graph", modscan.GraphFile(root, vetRun())) // a string flag: Set cannot fail
		}
	}
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

// bindBaseline points the bound analyzers at the baseline beside the spec
// at specPath, when there is one and $BOUNDARYLINT_BASELINE does not turn
// it off; an -ANALYZER.baseline flag, parsed later, overrides it.
func bindBaseline(analyzers []*analysis.Analyzer, specPath string) []*analysis.Analyzer {
	path := baseline.DefaultPath(specPath)
	if _, err := os.Stat(path); err != nil || baseline.Off() {
		return analyzers
	}
	for _, a := range analyzers {
		if a.Flags.Lookup("baseline") != nil {
			_ = a.Flags.Set("baseline", path)
		}
	}
	return analyzers
}
