package graph

import (
	"fmt"
	"io"
	"strings"
)

// Mermaid writes g as a Mermaid flowchart. Node ids are the component
// names made safe (a component named "end" would end the chart); labels
// are quoted. Violating edges are red, unused ones dashed, event edges
// dashed and purple with their topics, data coupling
// thick, dotted and blue, isolated
// components drawn with a thick border and shared ones rounded.
func (g *Graph) Mermaid(w io.Writer) error {
	b := new(strings.Builder)
	b.WriteString("flowchart LR\n")
	ids := mermaidIDs(g.Nodes)
	for _, n := range g.Nodes {
		open, close := "[", "]"
		if n.Shared {
			open, close = "([", "])"
		}
		fmt.Fprintf(b, "  %s%s\"%s\"%s%s\n", ids[n.Name], open, mermaidText(strings.Join(n.lines(), "\n")), close, mermaidClass(n))
	}
	var red, dashed []string
	for i, e := range g.Edges {
		arrow := "-->"
		switch g.styleOf(e) {
		case violating:
			red = append(red, fmt.Sprint(i))
		case unused:
			arrow = "-.->"
			dashed = append(dashed, fmt.Sprint(i))
		}
		if l := g.label(e); l != "" {
			arrow += "|\"" + mermaidText(l) + "\"|"
		}
		fmt.Fprintf(b, "  %s %s %s\n", ids[e.From], arrow, ids[e.To])
	}
	var data []string
	for i, d := range g.Data {
		data = append(data, fmt.Sprint(len(g.Edges)+i))
		fmt.Fprintf(b, "  %s ==>|\"%s\"| %s\n", ids[d.From], mermaidText(dataLabel(d)), ids[d.To])
	}
	var events []string
	for i, e := range g.Events {
		events = append(events, fmt.Sprint(len(g.Edges)+len(g.Data)+i))
		fmt.Fprintf(b, "  %s -.->|\"%s\"| %s\n", ids[e.From], mermaidText(eventLabel(e)), ids[e.To])
	}
	b.WriteString("  classDef isolated stroke-width:3px\n")
	b.WriteString("  classDef shared fill:#eef3ff\n")
	b.WriteString("  classDef focus fill:#fff4d6\n")
	b.WriteString("  classDef unclaimed stroke-dasharray:4 3,fill:#f4f4f4\n")
	if len(red) > 0 {
		fmt.Fprintf(b, "  linkStyle %s stroke:#d00000,color:#d00000,stroke-width:2px\n", strings.Join(red, ","))
	}
	if len(dashed) > 0 {
		fmt.Fprintf(b, "  linkStyle %s stroke:#888888,color:#888888\n", strings.Join(dashed, ","))
	}
	if len(data) > 0 {
		fmt.Fprintf(b, "  linkStyle %s stroke:#1f6feb,color:#1f6feb,stroke-dasharray:2 4\n", strings.Join(data, ","))
	}
	if len(events) > 0 {
		fmt.Fprintf(b, "  linkStyle %s stroke:%s,color:%s\n", strings.Join(events, ","), eventColor, eventColor)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mermaidClass is the ":::class" suffix of a node, the most telling one:
// Mermaid's shorthand takes a single class.
func mermaidClass(n *Node) string {
	switch {
	case n.Name == Unclaimed:
		return ":::unclaimed"
	case n.Focus:
		return ":::focus"
	case n.Isolated:
		return ":::isolated"
	case n.Shared:
		return ":::shared"
	}
	return ""
}

// mermaidIDs gives each node an id of letters, digits and underscores,
// prefixed so that no id is a Mermaid keyword, and unique.
func mermaidIDs(nodes []*Node) map[string]string {
	ids := map[string]string{}
	used := map[string]bool{}
	for _, n := range nodes {
		id := "c_" + strings.Map(func(r rune) rune {
			if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
				return r
			}
			return '_'
		}, n.Name)
		for base, i := id, 2; used[id]; i++ {
			id = fmt.Sprintf("%s_%d", base, i)
		}
		used[id] = true
		ids[n.Name] = id
	}
	return ids
}

// mermaidText escapes a label for a quoted Mermaid string: quotes and the
// characters Mermaid reads as entity or markup syntax become entities, and
// newlines become line breaks.
func mermaidText(s string) string {
	return strings.NewReplacer(
		`"`, "#quot;",
		"#", "#35;",
		"<", "#lt;",
		">", "#gt;",
		"\n", "<br/>",
	).Replace(s)
}
