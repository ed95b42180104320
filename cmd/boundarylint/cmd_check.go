package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modspec"
)

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
	fs := newFlagSet("check", checkUsage, stderr)
	specPath := fs.String("spec", "", "path to boundaries.yaml")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "boundarylint check: unexpected arguments %q\n", fs.Args())
		return 2
	}
	spec, err := modspec.LocateAndCheck(*specPath)
	if spec != nil {
		printOwnership(stdout, spec)
	}
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	return 0
}

// printOwnership prints what each component of the spec owns.
func printOwnership(w io.Writer, s *modspec.Checked) {
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

func printComponent(w io.Writer, s *modspec.Checked, c *boundary.Component, pkgs []string) {
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
func unmatchedPatterns(s *modspec.Checked, c *boundary.Component) []string {
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
