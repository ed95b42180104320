package imports

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modspec"
)

// maxNamed bounds the loops of two and the imports to break that a cycle
// finding's message names, so that a tangle of many components still
// reads as one short line (under 2,000 characters); the finding's chain
// holds every edge.
const maxNamed = 8

// describeCycle returns the message of a cycle finding and its chain. A
// single loop is the loop and its imports, then the one to remove. A
// larger strongly connected set is its components, the pairs that import
// each other (loops of two, the first to look at), then the imports whose
// removal breaks every loop (boundary's CycleBreaks: forbidden imports
// before allowed ones), each at its file:line; the edges depends_on
// allows are context only, in the chain, which lists every edge as
// "from -> to: package imports package" with what it is.
func (c *checker) describeCycle(cy boundary.Cycle) (string, []string) {
	breaks := c.spec.CycleBreaks(cy)
	isBreak := map[[2]string]bool{}
	for _, e := range breaks {
		isBreak[[2]string{e.From.Name, e.To.Name}] = true
	}
	var chain []string
	for _, e := range cy.Edges {
		kind := ""
		switch {
		case isBreak[[2]string{e.From.Name, e.To.Name}]:
			kind = " (break)"
		case e.Mutual:
			kind = " (mutual)"
		case e.From.MayUse(e.To):
			kind = " (allowed)"
		}
		chain = append(chain, fmt.Sprintf("%s -> %s: %s imports %s%s", e.From.Name, e.To.Name, c.rel(e.Witness.From), c.rel(e.Witness.To), kind))
	}
	if cy.Loop != nil {
		var because []string
		for i := 1; i < len(cy.Loop); i++ {
			e, _ := cy.Edge(cy.Loop[i-1], cy.Loop[i])
			because = append(because, c.rel(e.Witness.From)+" imports "+c.rel(e.Witness.To))
		}
		here := ""
		if len(breaks) > 0 {
			here = " (" + c.rel(breaks[0].Witness.From) + " imports " + c.rel(breaks[0].Witness.To) + ")"
		}
		return "component cycle " + cycleName(cy) + ": " + strings.Join(because, ", ") + "; remove the import here" + here + notAllowed(breaks), chain
	}
	var b strings.Builder
	fmt.Fprintf(&b, "component cycle among %d components, %s", len(cy.Components), cycleName(cy))
	var pairs []string
	for _, e := range cy.Edges {
		if back, ok := cy.Edge(e.To, e.From); ok && e.From.Name < e.To.Name && !e.Mutual && !back.Mutual {
			pairs = append(pairs, e.From.Name+" <-> "+e.To.Name)
		}
	}
	if len(pairs) > 0 {
		fmt.Fprintf(&b, "; loops of two: %s", capped(pairs))
	}
	var cuts []string
	for _, e := range breaks {
		cuts = append(cuts, fmt.Sprintf("%s (%s -> %s)", c.importSite(e.Witness), e.From.Name, e.To.Name))
	}
	// An edge may stand for many imports (models -> files: 16 on vikunja):
	// the message names the edges to break, each at one of its imports.
	what := "this edge"
	if len(cuts) > 1 {
		what = fmt.Sprintf("these %d edges", len(cuts))
	}
	fmt.Fprintf(&b, "; break %s to make them a hierarchy (each at one of its imports): %s; every edge is in the finding's chain", what, capped(cuts))
	return b.String(), chain
}

// notAllowed says that the edges to break are outside depends_on, when
// they are.
func notAllowed(breaks []boundary.ComponentEdge) string {
	for _, e := range breaks {
		if e.From.MayUse(e.To) {
			return ""
		}
	}
	return ", which depends_on does not allow"
}

// capped joins the first maxNamed items and counts the rest.
func capped(items []string) string {
	if len(items) <= maxNamed {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:maxNamed], ", ") + fmt.Sprintf(" and %d more", len(items)-maxNamed)
}

// importSite returns where imp is written, as module-relative file:line:
// in this package from its syntax, in another by reading the import
// clauses of its directory; "from imports to" when neither finds it.
func (c *checker) importSite(imp boundary.Import) string {
	fallback := c.rel(imp.From) + " imports " + c.rel(imp.To)
	if imp.From == c.path {
		for _, s := range c.imports() {
			if !s.test && s.path == imp.To {
				return c.site(c.pass.Fset.Position(s.spec.Pos()), imp.From)
			}
		}
	}
	root := c.moduleRoot()
	rel, ok := c.spec.Rel(imp.From)
	if root == "" || !ok {
		return fallback
	}
	dir := filepath.Join(root, filepath.FromSlash(rel))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fallback
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		if name := e.Name(); !modspec.IsGoFile(name) || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ImportsOnly)
		if err != nil {
			continue
		}
		for _, s := range f.Imports {
			if p, err := strconv.Unquote(s.Path.Value); err == nil && p == imp.To {
				return c.site(fset.Position(s.Pos()), imp.From)
			}
		}
	}
	return fallback
}

// site writes a position in package pkg as module-relative file:line.
func (c *checker) site(p token.Position, pkg string) string {
	rel, _ := c.spec.Rel(pkg)
	return fmt.Sprintf("%s:%d", path.Join(rel, filepath.Base(p.Filename)), p.Line)
}
