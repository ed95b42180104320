package main

import (
	"flag"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/boundary"
)

// specFlag is the top-level -spec flag. Setting it sets the spec flag of
// every analyzer that has one, so one -spec configures the whole run; it is
// registered on the command line before the checker adds its flags, so the
// -flags answer (which go vet asks for) lists it and go vet passes it on.
type specFlag struct {
	path      string
	analyzers []*analysis.Analyzer
}

func registerSpecFlag(fs *flag.FlagSet, analyzers []*analysis.Analyzer) *specFlag {
	f := &specFlag{analyzers: analyzers}
	fs.Var(f, "spec", "path to boundaries.yaml for every analyzer (default: $"+boundary.SpecEnvVar+
		", else found by walking up from the package directory; relative paths resolve against the module root)")
	return f
}

func (f *specFlag) String() string {
	if f == nil {
		return ""
	}
	return f.path
}

func (f *specFlag) Set(v string) error {
	f.path = v
	for _, a := range allAnalyzers(f.analyzers) {
		if a.Flags.Lookup("spec") != nil {
			if err := a.Flags.Set("spec", v); err != nil {
				return err
			}
		}
	}
	return nil
}

// allAnalyzers returns the analyzers and everything they require, each once.
func allAnalyzers(roots []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func([]*analysis.Analyzer)
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
				visit(a.Requires)
			}
		}
	}
	visit(roots)
	return out
}
