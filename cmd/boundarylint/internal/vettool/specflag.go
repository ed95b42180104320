package vettool

import (
	"flag"
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/modspec"
)

// specFlag is the top-level -spec flag. Setting it sets the spec flag of
// every analyzer that has one, so one -spec configures the whole run; it is
// registered on the command line before the checker adds its flags, so the
// -flags answer (which go vet asks for) lists it and go vet passes it on.
type specFlag struct {
	path      string
	analyzers []*analysis.Analyzer

	// pinned, when set, replaces the flag's value: the spec Main located
	// and checked from the working directory. ignored drops the flag.
	pinned  string
	ignored bool
}

func registerSpecFlag(fs *flag.FlagSet, analyzers []*analysis.Analyzer) *specFlag {
	f := &specFlag{analyzers: analyzers}
	fs.Var(f, "spec", "path to boundaries.yaml for every analyzer (default: $"+modspec.SpecEnvVar+
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
	switch {
	case f.ignored:
		return nil
	case f.pinned != "":
		v = f.pinned
	}
	for _, a := range suite.WithRequired(f.analyzers) {
		if a.Flags.Lookup("spec") != nil {
			if err := a.Flags.Set("spec", v); err != nil {
				return err
			}
		}
	}
	return nil
}

// pin makes an explicitly named spec (the -spec flag or $BOUNDARYLINT_SPEC)
// the absolute path Main checked, for a standalone run. The analyzers
// resolve a relative path against the module root of each package they
// analyse, and the checker analyses dependencies too (for facts): in the
// standard library or the module cache a relative path names nothing.
func (f *specFlag) pin(cl cmdline, path string) {
	if cl.spec == "" && os.Getenv(modspec.SpecEnvVar) == "" {
		return // discovered per package directory, as documented
	}
	f.pinned = path
	os.Setenv(modspec.SpecEnvVar, path)
}

// ignoreForDependency drops an explicitly named spec when go vet runs the
// tool on a dependency only for its facts (VetxOnly): facts never depend on
// the spec, and a relative path would resolve against the dependency's own
// module, where it names nothing.
func (f *specFlag) ignoreForDependency() {
	f.ignored = true
	os.Unsetenv(modspec.SpecEnvVar)
}
