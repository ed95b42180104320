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
	file      string
	errs      Errors
	dropped   int            // errors past maxErrors
	suggested map[string]int // how often each key was offered by a "did you mean"
}

// maxErrors bounds the errors kept for one spec: a spec whose aliases
// repeat a mistake could otherwise produce millions.
const maxErrors = 100

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errorAt(d.pos(n), format, args...)
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
		if isNull(n) {
			return
		}
		d.errorf(n, "%s must be %s, not %s", what, mappingShape(what, known), describe(n))
		return
	}
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		key := k.Value
		switch {
		case k.Tag == "!!merge":
			d.errorf(k, "merge keys (<<) are not supported in %s; write the entries out", what)
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, "%s has a key that is %s; keys must be plain names", what, describe(k))
		case seen[key] != nil:
			d.errorf(k, "%q is defined twice in %s (first at line %d); merge the two entries into one", key, what, seen[key].Line)
		case known != nil && !contains(known, key):
			hint := "known keys: " + strings.Join(known, ", ")
			if c := Closest(key, known); c != "" {
				hint = fmt.Sprintf("did you mean %q?", c)
				if d.suggested == nil {
					d.suggested = map[string]int{}
				}
				d.suggested[c]++
			}
			d.errorf(k, "unknown key %q in %s; %s", key, what, hint)
		default:
			seen[key] = k
			fn(key, k, v)
		}
	}
}

// mappingShape says what a mapping should hold, for error messages.
func mappingShape(what string, known []string) string {
	switch {
	case known != nil:
		return "a mapping with the keys " + strings.Join(known, ", ")
	case what == "components":
		return "a mapping from component names to their settings, as in \"payments: {packages: [internal/payments/...]}\""
	case what == "external":
		return "a mapping from import path patterns to the components that may import them, as in \"github.com/stripe/stripe-go/...: [payments]\""
	}
	return "a mapping"
}

// describe names the kind of a node for error messages: a scalar by its value.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "empty"
		}
		return strconv.Quote(n.Value)
	}
	return "empty"
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
	if n.Kind != yaml.ScalarNode || isNull(n) {
		d.errorf(n, "%s must be a string, not %s", what, describe(n))
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
	d.errorf(n, "%s must be true or false, not %s", what, describe(n))
	return false
}

func (d *decoder) integer(n *yaml.Node, what string) (int, bool) {
	n = resolve(n)
	i, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || isNull(n) || err != nil || i < 0 {
		d.errorf(n, "%s must be a non-negative integer, not %s", what, describe(n))
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
	case isNull(n):
	case n.Kind == yaml.ScalarNode:
		d.errorf(n, "%s must be a list; write [%s]", what, n.Value)
	case n.Kind != yaml.SequenceNode:
		d.errorf(n, "%s must be a list of strings, not %s", what, describe(n))
	default:
		for _, item := range n.Content {
			if r := resolve(item); r.Kind == yaml.ScalarNode && !isNull(r) {
				fn(r.Value, r)
			} else {
				d.str(item, what+" entry") // reports it; the entry's name is built only then: a spec has thousands of entries
			}
		}
	}
}

func (d *decoder) sequence(n *yaml.Node, what string, fn func(item *yaml.Node)) {
	n = resolve(n)
	switch {
	case isNull(n):
	case n.Kind != yaml.SequenceNode:
		d.errorf(n, "%s must be a list, not %s", what, describe(n))
	default:
		for _, item := range n.Content {
			fn(resolve(item))
		}
	}
}
