// Command boundarylint checks a Go module against the architecture contract
// in its boundaries.yaml: which component may import which, whose
// configuration and tables code may touch, and where transactions may go.
//
// Usage:
//
//	boundarylint [-C dir] [flags] [packages]      # standalone, default ./...
//	go vet -vettool=$(which boundarylint) [packages]
//	boundarylint check [-spec path]               # validate the spec, print what each component owns
//	boundarylint help [analyzer]
//
// Both checking modes run the same analyzers and print the same findings.
// The spec is -spec (relative paths resolve against the module root), else
// $BOUNDARYLINT_SPEC, else boundaries.yaml found by walking up from each
// package's directory to the module root.
//
// go vet caches results keyed on the tool's -V=full answer, its flags and
// the package sources, but not on the spec; boundarylint's -V=full answer
// therefore covers the hash of the spec found from the working directory,
// and a spec that does not validate makes -V=full, and so every go vet run,
// fail with the spec's errors.
package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/boundary"
)

func main() {
	args, err := changeDir(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "boundarylint: %v\n", err)
		os.Exit(2)
	}
	// A new slice: args aliases os.Args, which appending in place would scramble.
	os.Args = append([]string{os.Args[0]}, args...)
	if code, ok := runSubcommand(args); ok {
		os.Exit(code)
	}
	analyzers := suite.Analyzers()
	spec := registerSpecFlag(flag.CommandLine, analyzers)
	flag.Var(versionFlag{spec: spec}, "V", "print version and exit")

	cl := scanArgs(args, boolFlags(analyzers))
	if cfg, ok := cl.vetUnit(); ok {
		if factsOnly(cfg) {
			spec.ignoreForDependency()
		}
		useSavedGraph()
	}
	if cl.standalone() {
		if len(cl.packages) == 0 {
			os.Args = append(os.Args, "./...")
		}
		checked, err := locateAndCheck(cl.spec)
		if err != nil {
			printSpecError(os.Stderr, err)
			os.Exit(1)
		}
		spec.pin(cl, checked.Path)
	}
	multichecker.Main(analyzers...)
}

// useSavedGraph points the imports analyzer at the module's import graph
// that -V=full saved at the start of this go vet run, so that each
// package's process does not read every import clause of the module again
// (the analyzer reads them itself when the file is missing or is another
// module's).
func useSavedGraph() {
	wd, err := os.Getwd()
	if err != nil {
		return
	}
	if root, err := boundary.ModuleRoot(wd); err == nil {
		imports.Analyzer.Flags.Set("graph", boundary.GraphFile(root))
	}
}
