package boundary

import (
	"fmt"
	"strings"
)

// Pattern is a package pattern: a slash-separated path, optionally ending in
// "/..." for the path and its whole subtree. "..." alone matches every path.
// Component patterns are module-relative; external ones are full import paths.
type Pattern struct {
	Raw     string
	Path    string // without the "/..." suffix; "" for "..."
	Subtree bool
	Pos     Pos
}

// ParsePattern parses a package pattern, explaining what is wrong with a
// malformed one.
func ParsePattern(raw string) (Pattern, error) {
	p := Pattern{Raw: raw, Path: raw}
	switch {
	case raw == "":
		return p, fmt.Errorf("empty package pattern")
	case raw == "...":
		return Pattern{Raw: raw, Subtree: true}, nil
	case strings.HasSuffix(raw, "/..."):
		p.Path, p.Subtree = strings.TrimSuffix(raw, "/..."), true
	}
	if strings.HasPrefix(p.Path, "./") || p.Path == "." {
		return p, fmt.Errorf("package pattern %q: write %q without the leading ./", raw, strings.TrimPrefix(raw, "./"))
	}
	if strings.HasPrefix(p.Path, "/") || strings.HasSuffix(p.Path, "/") {
		return p, fmt.Errorf("package pattern %q: write %q without leading or trailing slashes", raw, strings.Trim(raw, "/"))
	}
	for _, seg := range strings.Split(p.Path, "/") {
		switch {
		case seg == "":
			return p, fmt.Errorf("package pattern %q has an empty path element", raw)
		case seg == "." || seg == "..":
			return p, fmt.Errorf("package pattern %q: %q is not allowed in a package path", raw, seg)
		case strings.Contains(seg, "..."):
			return p, fmt.Errorf("package pattern %q: \"...\" is only allowed as the last element, as in %q", raw, strings.SplitN(raw, "...", 2)[0]+"...")
		case strings.ContainsAny(seg, "*?[]\\ \t"):
			return p, fmt.Errorf("package pattern %q: use \"/...\" for a subtree, not glob characters", raw)
		}
	}
	return p, nil
}

// Match reports whether the slash-separated path matches p, respecting path
// elements: "internal/billing/..." matches "internal/billing" and
// "internal/billing/x" but never "internal/billingx".
func (p Pattern) Match(path string) bool {
	if !p.Subtree {
		return path == p.Path
	}
	if p.Path == "" {
		return true
	}
	return path == p.Path || strings.HasPrefix(path, p.Path) && path[len(p.Path)] == '/'
}

// specificity orders patterns that match the same path: an exact path beats
// a subtree, and a deeper subtree beats a shallower one.
func (p Pattern) specificity() int {
	n := 0
	if p.Path != "" {
		n = strings.Count(p.Path, "/") + 1
	}
	if p.Subtree {
		return 2 * n
	}
	return 2*n + 1
}

// glob reports whether name matches pattern, where '*' matches any run of
// characters (including none) and everything else matches itself.
func glob(pattern, name string) bool {
	for {
		star := strings.IndexByte(pattern, '*')
		if star < 0 {
			return pattern == name
		}
		if !strings.HasPrefix(name, pattern[:star]) {
			return false
		}
		name, pattern = name[star:], pattern[star+1:]
		if pattern == "" {
			return true
		}
		for i := 0; i <= len(name); i++ {
			if glob(pattern, name[i:]) {
				return true
			}
		}
		return false
	}
}

// literalLen is how much of a glob pattern is literal: the longer, the more
// specific the claim.
func literalLen(pattern string) int {
	return len(pattern) - strings.Count(pattern, "*")
}
