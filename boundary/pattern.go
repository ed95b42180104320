package boundary

import (
	"fmt"
	"path"
	"strings"
	"unicode"
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
// malformed one and what to write instead. "." names the module's root
// package.
func ParsePattern(raw string) (Pattern, error) {
	p := Pattern{Raw: raw, Path: raw}
	switch {
	case raw == "":
		return p, fmt.Errorf("empty package pattern; write a path such as internal/payments/...")
	case raw == "...":
		return Pattern{Raw: raw, Subtree: true}, nil
	case raw == ".":
		return p, nil
	case raw == "./..." || raw == "/...":
		return p, fmt.Errorf("package pattern %q: write \"...\" for every package", raw)
	case strings.HasSuffix(raw, "/..."):
		p.Path, p.Subtree = strings.TrimSuffix(raw, "/..."), true
	}
	if err := checkPatternPath(raw, p.Path); err != nil {
		return p, fmt.Errorf("package pattern %q: %v", raw, err)
	}
	return p, nil
}

// checkPatternPath explains what is wrong with the path part of the
// pattern raw and what to write instead.
func checkPatternPath(raw, dir string) error {
	switch {
	case strings.HasPrefix(dir, "./"):
		return fmt.Errorf("write %q without the leading ./", cleanPattern(raw))
	case strings.HasPrefix(dir, "/") || strings.HasSuffix(dir, "/"):
		return fmt.Errorf("write %q without leading or trailing slashes", cleanPattern(raw))
	case strings.Contains(dir, "\\"):
		return fmt.Errorf("write %q with forward slashes", cleanPattern(strings.ReplaceAll(raw, "\\", "/")))
	}
	segs := strings.Split(dir, "/")
	for i, seg := range segs {
		switch {
		case seg == "":
			return fmt.Errorf("empty path element; write %q", cleanPattern(raw))
		case seg == "." || seg == "..":
			return fmt.Errorf("%q is not allowed in a package path; write %q", seg, cleanPattern(raw))
		case strings.Contains(seg, "..."):
			return fmt.Errorf("\"...\" is only allowed as a whole last element; write %q", subtreeOf(segs[:i], strings.TrimSuffix(seg[:strings.Index(seg, "...")], "/")))
		case strings.ContainsAny(seg, "*?[]{}"):
			return fmt.Errorf("glob characters are not supported; write %q for the subtree", subtreeOf(segs[:i], ""))
		case strings.IndexFunc(seg, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0:
			return fmt.Errorf("an import path has no spaces or control characters; remove them")
		}
	}
	return nil
}

// subtreeOf is the subtree pattern of the elements segs plus a non-empty partial element.
func subtreeOf(segs []string, partial string) string {
	if partial != "" {
		segs = append(segs[:len(segs):len(segs)], partial)
	}
	if len(segs) == 0 {
		return "..."
	}
	return strings.Join(segs, "/") + "/..."
}

// cleanPattern removes empty, "." and ".." elements from a pattern.
func cleanPattern(raw string) string {
	sub := strings.HasSuffix(raw, "/...")
	c := strings.Trim(path.Clean("/"+strings.TrimSuffix(raw, "/...")), "/")
	switch {
	case c == "" && sub:
		return "..."
	case c == "":
		return "."
	case sub:
		return c + "/..."
	}
	return c
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
// characters (including none) and everything else matches itself. It runs
// in O(len(pattern)*len(name)) at worst: on a mismatch after a star it
// retries from the last star only.
func glob(pattern, name string) bool {
	px, nx := 0, 0
	star, retry := -1, 0
	for px < len(pattern) || nx < len(name) {
		if px < len(pattern) {
			switch c := pattern[px]; {
			case c == '*':
				star, retry = px, nx+1
				px++
				continue
			case nx < len(name) && name[nx] == c:
				px++
				nx++
				continue
			}
		}
		if star < 0 || retry > len(name) {
			return false
		}
		px, nx = star+1, retry
		retry++
	}
	return true
}

// literalLen is how much of a glob pattern is literal: the longer, the more
// specific the claim.
func literalLen(pattern string) int {
	return len(pattern) - strings.Count(pattern, "*")
}
