package boundary

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// maxAliasExpansion bounds how many nodes aliases may add to a spec, beyond
// the nodes written out: a few lines of nested aliases would otherwise
// expand to millions of entries and cost every run seconds and gigabytes.
// A spec may at least double its size through aliases.
const maxAliasExpansion = 100_000

// expandAliases replaces every alias below root by a copy of the node it
// names, positioned at the alias, so that an error in an aliased entry
// points where the alias is used, not at the anchor in another component.
// It first measures the expansion and, past the bound, records an error
// naming the alias that crosses it and returns nil.
func (d *decoder) expandAliases(root *yaml.Node) *yaml.Node {
	sizes := map[*yaml.Node]int{}
	written := countNodes(root)
	limit := max(maxAliasExpansion, written)
	added := 0
	var over *yaml.Node
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if over != nil {
			return
		}
		if n.Kind == yaml.AliasNode {
			added += expandedSize(n.Alias, sizes, limit+1)
			if added > limit {
				over = n
			}
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(root)
	if over != nil {
		d.errorf(over, "alias *%s makes the spec grow past %d entries through aliases; write the entries out, or alias fewer or smaller nodes", over.Value, limit)
		return nil
	}
	return copyResolved(root, nil)
}

func countNodes(n *yaml.Node) int {
	c := 1
	if n.Kind != yaml.AliasNode {
		for _, k := range n.Content {
			c += countNodes(k)
		}
	}
	return c
}

// expandedSize is the number of nodes n stands for once its aliases are
// expanded, saturating at limit; sizes memoises it per node.
func expandedSize(n *yaml.Node, sizes map[*yaml.Node]int, limit int) int {
	if n == nil {
		return 1
	}
	if s, ok := sizes[n]; ok {
		return s
	}
	sizes[n] = limit // a node that contains itself expands without bound
	s := 1
	if n.Kind == yaml.AliasNode {
		s = expandedSize(n.Alias, sizes, limit)
	} else {
		for _, c := range n.Content {
			if s += expandedSize(c, sizes, limit); s >= limit {
				s = limit
				break
			}
		}
	}
	sizes[n] = s
	return s
}

// copyResolved copies n with its aliases expanded; at, when not nil, is
// the alias whose position the copy takes.
func copyResolved(n, at *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		if at == nil {
			at = n
		}
		return copyResolved(n.Alias, at)
	}
	if at == nil && !hasAlias(n) {
		return n
	}
	c := *n
	if at != nil {
		c.Line, c.Column = at.Line, at.Column
	}
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, k := range n.Content {
		c.Content[i] = copyResolved(k, at)
	}
	return &c
}

func hasAlias(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode {
		return true
	}
	for _, c := range n.Content {
		if hasAlias(c) {
			return true
		}
	}
	return false
}

// badByte returns the position and description of the first byte of data
// that YAML does not allow: invalid UTF-8 or a control character.
func badByte(data []byte) (line, col int, what string, ok bool) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return line, col, fmt.Sprintf("byte 0x%02x, which is not valid UTF-8; save the spec as UTF-8", data[i]), true
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7f, r >= 0x80 && r <= 0x9f && r != 0x85:
			return line, col, fmt.Sprintf("the control character %U; remove it", r), true
		case r == '\n':
			line, col = line+1, 0
		}
		i += size
		col++
	}
	return 0, 0, "", false
}

// tabIndent returns the position of the first tab in the indentation of a
// line at or after line, or ok false.
func tabIndent(data []byte, line int) (int, int, bool) {
	for i, l := range bytes.Split(data, []byte("\n")) {
		if i+1 < line {
			continue
		}
		for j, b := range l {
			if b == '\t' {
				return i + 1, j + 1, true
			}
			if b != ' ' {
				break
			}
		}
	}
	return 0, 0, false
}
