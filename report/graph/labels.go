package graph

import (
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// style is how an edge is drawn; both renderers map it to their syntax.
type style int

const (
	solid     style = iota // allowed, and used by the code (or the target graph)
	violating              // the code has imports the spec forbids: red
	unused                 // declared in depends_on, unused by the code: dashed
)

func (g *Graph) styleOf(e *Edge) style {
	switch {
	case e.Violating():
		return violating
	case e.Unused(g.Code):
		return unused
	}
	return solid
}

// label is the text on an edge: the import count and the violations by
// rule, or "unused"; the target graph's edges carry none.
func (g *Graph) label(e *Edge) string {
	if !g.Code {
		return ""
	}
	if e.Imports == 0 {
		return "unused"
	}
	s := plural(e.Imports, "import")
	rules := make([]boundary.Rule, 0, len(e.Violations))
	for r := range e.Violations {
		rules = append(rules, r)
	}
	slices.Sort(rules)
	for _, r := range rules {
		s += fmt.Sprintf(", %d %s", e.Violations[r], r)
	}
	if !e.Declared && !e.Violating() && e.From != Unclaimed {
		s += " (shared)"
	}
	return s
}

// dataLabel is the text on a data edge: the tables (their count when
// there are many) and the transactions across owners.
func dataLabel(d *DataEdge) string {
	var parts []string
	switch {
	case len(d.Tables) > 3:
		parts = append(parts, plural(len(d.Tables), "table"))
	case len(d.Tables) > 0:
		parts = append(parts, strings.Join(d.Tables, ", "))
	}
	if d.Transactions > 0 {
		parts = append(parts, plural(d.Transactions, "transaction")+" across owners")
	}
	return "data: " + strings.Join(parts, "; ")
}

// lines are a node's label: its name, its traits and its api packages.
func (n *Node) lines() []string {
	out := []string{n.Name}
	var traits []string
	if n.Shared {
		traits = append(traits, "shared")
	}
	if n.Isolated {
		traits = append(traits, "isolated")
	}
	if len(traits) > 0 {
		out = append(out, "«"+strings.Join(traits, ", ")+"»")
	}
	for _, p := range n.API {
		out = append(out, "api: "+p)
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
