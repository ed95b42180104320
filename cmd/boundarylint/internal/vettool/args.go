package vettool

import (
	"encoding/json"
	"flag"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/suite"
)

// cmdline is what Main needs to know of the arguments before the checker
// parses them: the checker gives no hook between parsing its flags and
// analysing, so the spec is validated from this early scan.
type cmdline struct {
	spec     string   // the -spec flag's value, if given
	tags     string   // the -tags flag's value, if given
	packages []string // the positional arguments
	info     bool     // -flags, -V, -help: the checker answers and exits
	checker  bool     // -fix, -diff, -c, -debug, profiles: only the in-process checker has them
}

// inProcess reports whether a standalone run needs the x/tools checker in
// this process (its -fix, -diff, -c, -debug and profiling flags)
// rather than the whole-module driver over go vet.
func (c cmdline) inProcess() bool { return c.checker }

// standalone reports whether the checker will analyse packages itself, as
// opposed to answering go vet (a single *.cfg argument) or printing help.
func (c cmdline) standalone() bool {
	if _, ok := c.vetUnit(); ok || c.info {
		return false
	}
	return len(c.packages) == 0 || c.packages[0] != "help"
}

// vetUnit returns the *.cfg file go vet passes for one package, if any.
func (c cmdline) vetUnit() (string, bool) {
	if !c.info && len(c.packages) == 1 && strings.HasSuffix(c.packages[0], ".cfg") {
		return c.packages[0], true
	}
	return "", false
}

// factsOnly reports whether go vet's config asks only for the facts of a
// dependency (VetxOnly), not for diagnostics.
func factsOnly(cfgFile string) bool {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return false // the checker reports it
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}

// scanArgs follows the flag package's syntax: flags end at the first
// non-flag argument or at "--"; a non-boolean flag without "=" takes the
// next argument as its value. isBool names the boolean flags.
func scanArgs(args []string, isBool map[string]bool) cmdline {
	var c cmdline
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			c.packages = args[i+1:]
			return c
		}
		if len(a) < 2 || a[0] != '-' {
			c.packages = args[i:]
			return c
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(a[1:], "-"), "=")
		if !hasValue && !isBool[name] && i+1 < len(args) {
			i++
			value = args[i]
		}
		switch name {
		case "spec":
			c.spec = value
		case "tags":
			c.tags = value
		case "flags", "V", "h", "help":
			c.info = true
		case "fix", "diff", "c", "debug", "cpuprofile", "memprofile", "trace":
			c.checker = true
		}
	}
	return c
}

// boolFlags names the boolean flags the checker will accept: its own, one
// per analyzer to enable it, and the analyzers' boolean flags.
func boolFlags(analyzers []*analysis.Analyzer) map[string]bool {
	m := map[string]bool{}
	for _, name := range []string{"flags", "V", "json", "fix", "diff", "test", "source", "v", "all", "h", "help"} {
		m[name] = true
	}
	for _, a := range suite.WithRequired(analyzers) {
		m[a.Name] = true
		a.Flags.VisitAll(func(f *flag.Flag) {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				m[a.Name+"."+f.Name] = true
			}
		})
	}
	return m
}
