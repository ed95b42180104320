package graph

import (
	"fmt"
	"io"
	"strings"
)

// DOT writes g as a Graphviz digraph: violating edges red, unused ones
// dashed, event edges dashed and purple with their topics, data coupling dotted and blue with a diamond head, isolated components with a double border, shared ones rounded
// and filled, the focus of a focused graph highlighted.
func (g *Graph) DOT(w io.Writer) error {
	b := new(strings.Builder)
	b.WriteString("digraph components {\n")
	b.WriteString("  rankdir=LR;\n")
	b.WriteString("  node [shape=box, fontname=\"Helvetica\", fontsize=11];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=9];\n")
	for _, n := range g.Nodes {
		attrs := []string{"label=" + dotString(strings.Join(n.lines(), "\n"))}
		var styles []string
		switch {
		case n.Name == Unclaimed:
			styles = append(styles, "dashed")
		case n.Shared:
			styles = append(styles, "rounded", "filled")
			attrs = append(attrs, `fillcolor="#eef3ff"`)
		}
		if n.Focus {
			styles = append(styles, "filled")
			attrs = append(attrs, `fillcolor="#fff4d6"`)
		}
		if n.Isolated {
			attrs = append(attrs, "peripheries=2")
		}
		if len(styles) > 0 {
			attrs = append(attrs, "style="+dotString(strings.Join(styles, ",")))
		}
		fmt.Fprintf(b, "  %s [%s];\n", dotString(n.Name), strings.Join(attrs, ", "))
	}
	for _, e := range g.Edges {
		var attrs []string
		if l := g.label(e); l != "" {
			attrs = append(attrs, "label="+dotString(l))
		}
		switch g.styleOf(e) {
		case violating:
			attrs = append(attrs, `color="#d00000"`, `fontcolor="#d00000"`, "penwidth=2")
		case unused:
			attrs = append(attrs, "style=dashed", `color="#888888"`, `fontcolor="#888888"`)
		}
		fmt.Fprintf(b, "  %s -> %s", dotString(e.From), dotString(e.To))
		if len(attrs) > 0 {
			fmt.Fprintf(b, " [%s]", strings.Join(attrs, ", "))
		}
		b.WriteString(";\n")
	}
	for _, e := range g.Events {
		fmt.Fprintf(b, "  %s -> %s [label=%s, style=dashed, color=\"%s\", fontcolor=\"%s\"];\n", dotString(e.From), dotString(e.To), dotString(eventLabel(e)), eventColor, eventColor)
	}
	for _, d := range g.Data {
		fmt.Fprintf(b, "  %s -> %s [label=%s, style=dotted, penwidth=2, color=\"#1f6feb\", fontcolor=\"#1f6feb\", arrowhead=diamond];\n", dotString(d.From), dotString(d.To), dotString(dataLabel(d)))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// dotString quotes s as a DOT string: backslashes and quotes escaped,
// newlines as DOT's centred line break.
func dotString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
