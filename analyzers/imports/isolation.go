package imports

import (
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// checkIsolation reports, for an isolated component, every chain of imports
// that leaves what the component may depend on. A chain is reported at the
// import that opens it, once per offending component (or reserved
// third-party pattern) and package. Chains through the component's own
// packages are left to those packages, which report them themselves, and a
// chain stops at its first offending package: cutting that link fixes the rest.
func (c *checker) checkIsolation(g importGraph) {
	seen := map[string]bool{}
	for _, imp := range c.imports() {
		if c.spec.CheckImport(c.path, imp.path).Rule != boundary.Allowed {
			continue // the direct rules already report this import
		}
		if d := c.componentOf(imp.path); d == c.comp {
			continue
		}
		for _, chain := range c.escapes(g, imp.path) {
			target := chain[len(chain)-1]
			key := c.offenderKey(target)
			if seen[key] {
				continue
			}
			seen[key] = true
			c.reportIsolation(imp, chain)
		}
	}
}

// escapes walks the import graph breadth-first from start and returns the
// shortest chain to each package the isolated component may not reach.
func (c *checker) escapes(g importGraph, start string) [][]string {
	parent := map[string]string{start: ""}
	queue := []string{start}
	var out [][]string
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if !c.spec.MayReach(c.comp, p) {
			out = append(out, chainTo(parent, p))
			continue
		}
		for _, next := range g.of(p) {
			if _, ok := parent[next]; ok || c.componentOf(next) == c.comp {
				continue
			}
			parent[next] = p
			queue = append(queue, next)
		}
	}
	return out
}

func chainTo(parent map[string]string, p string) []string {
	var chain []string
	for ; p != ""; p = parent[p] {
		chain = append([]string{p}, chain...)
	}
	return chain
}

// offenderKey groups offending packages: by component, or by the
// reservation or path of third-party code.
func (c *checker) offenderKey(path string) string {
	if d := c.componentOf(path); d != nil {
		return "component " + d.Name
	}
	if r := c.spec.Reservation(path); r != nil {
		return "external " + r.Pattern.Raw
	}
	return "package " + path
}

func (c *checker) reportIsolation(imp importSpec, chain []string) {
	target := chain[len(chain)-1]
	full := append([]string{c.path}, chain...)
	for i, p := range full {
		full[i] = c.rel(p)
	}
	what := "package " + c.rel(target) + ", which no component claims"
	if d := c.componentOf(target); d != nil {
		what = "component " + d.Name
	} else if r := c.spec.Reservation(target); r != nil {
		what = c.rel(target) + ", reserved to " + refNames(r.To, "", " and ") + " (" + r.Pos.String() + ")"
	}
	allowed := []string{c.comp.Name}
	for _, r := range c.comp.DependsOn {
		allowed = append(allowed, r.Name)
	}
	f := finding.Finding{Rule: finding.ImportsIsolated, ToComponent: suppress.ComponentName(c.componentOf(target)), ToPackage: target,
		Subject: finding.Subject{Kind: finding.SubjectImport, Name: imp.path}, SpecPos: suppress.SpecPos(c.comp.IsolatedPos),
		Chain: append([]string{c.path}, chain...)}
	c.reportf(imp.spec, f, "%s reaches %s through %s, but isolated component %s may only depend on %s (%s); break the chain %s",
		c.rel(c.path), what, c.rel(imp.path), c.comp.Name, strings.Join(allowed, ", "), c.comp.IsolatedPos, strings.Join(full, " -> "))
}
