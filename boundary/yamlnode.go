package boundary

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// decoder walks a yaml.Node tree by hand, rather than unmarshalling into
// structs, so that every error carries the line and column of the entry at
// fault and every accepted value keeps its position for diagnostics.
type decoder struct {
	file string
	errs Errors
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, &Error{Pos: d.pos(n), Msg: fmt.Sprintf(format, args...)})
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// mapping calls fn for each key of the mapping n in order. Keys outside
// known, duplicate keys and merge keys are errors; fn is not called for them.
func (d *decoder) mapping(n *yaml.Node, what string, known []string, fn func(key string, k, v *yaml.Node)) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		d.errorf(n, "%s must be a mapping of %s", what, strings.Join(known, ", "))
		return
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		switch {
		case k.Tag == "!!merge":
			d.errorf(k, "merge keys (<<) are not supported in %s; write the entries out", what)
		case seen[key] != nil:
			d.errorf(k, "%s %q is already defined at line %d; merge the two entries", what, key, seen[key].Line)
		case known != nil && !contains(known, key):
			hint := "known keys: " + strings.Join(known, ", ")
			if c := closest(key, known); c != "" {
				hint = fmt.Sprintf("did you mean %q?", c)
			}
			d.errorf(k, "unknown key %q in %s; %s", key, what, hint)
		default:
			seen[key] = k
			fn(key, k, v)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (d *decoder) str(n *yaml.Node, what string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, "%s must be a string", what)
		return "", false
	}
	return n.Value, true
}

func (d *decoder) boolean(n *yaml.Node, what string) bool {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		b, _ := strconv.ParseBool(strings.ToLower(n.Value))
		return b
	}
	d.errorf(n, "%s must be true or false, not %q", what, n.Value)
	return false
}

func (d *decoder) integer(n *yaml.Node, what string) (int, bool) {
	n = resolve(n)
	i, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || err != nil || i < 0 {
		d.errorf(n, "%s must be a non-negative integer, not %q", what, n.Value)
		return 0, false
	}
	return i, true
}

// strings decodes a sequence of strings. A single string is an error rather
// than a one-element list, because "packages: foo/..." is more often a
// half-finished edit than a deliberate shorthand.
func (d *decoder) strings(n *yaml.Node, what string, fn func(s string, n *yaml.Node)) {
	n = resolve(n)
	switch {
	case n.Kind == yaml.ScalarNode && n.Tag == "!!null":
	case n.Kind == yaml.ScalarNode:
		d.errorf(n, "%s must be a list; write [%s]", what, n.Value)
	case n.Kind != yaml.SequenceNode:
		d.errorf(n, "%s must be a list of strings", what)
	default:
		for _, item := range n.Content {
			if s, ok := d.str(item, what+" entry"); ok {
				fn(s, resolve(item))
			}
		}
	}
}

func (d *decoder) sequence(n *yaml.Node, what string, fn func(item *yaml.Node)) {
	n = resolve(n)
	switch {
	case n.Kind == yaml.ScalarNode && n.Tag == "!!null":
	case n.Kind != yaml.SequenceNode:
		d.errorf(n, "%s must be a list", what)
	default:
		for _, item := range n.Content {
			fn(resolve(item))
		}
	}
}
