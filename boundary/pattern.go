package boundary

import (
	"fmt"
	"path"
	"strings"
	"unicode"
)

// Pattern is a package pattern: a slash-separated path, optionally ending in
// "/..." for the path and its whole subtree. "..." alone matches every path.
// Component patterns are module-relative, with "." for the module's root
// package; external ones are full import paths.
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
	switch raw {
	case "":
		return p, fmt.Errorf("empty package pattern; write a path such as internal/payments/...")
	case "...":
		return Pattern{Raw: raw, Subtree: true}, nil
	case "./...", "/...":
		return p, fmt.Errorf("package pattern %q: write \"...\" for every package", raw)
	}
	p.Path, p.Subtree = strings.CutSuffix(raw, "/...")
	problem, fix := diagnosePattern(raw)
	if several := severalPatterns(raw); problem != "" && several != nil {
		return p, fmt.Errorf("package pattern %q holds several patterns; write each as its own list entry: [%s]", raw, strings.Join(several, ", "))
	}
	if problem == "" {
		return p, nil
	}
	// A fix removes one problem; fix the fix until nothing is left, so that
	// the suggestion is always a pattern that parses. Each round removes a
	// kind of problem, so a few rounds suffice.
	for range 8 {
		if fix == "" {
			break // nothing is left of the pattern to suggest
		}
		again, next := diagnosePattern(fix)
		if again == "" {
			return p, fmt.Errorf("package pattern %q %s; write %q", raw, problem, fix)
		}
		if next == fix {
			break
		}
		fix = next
	}
	return p, fmt.Errorf("package pattern %q %s; write a slash-separated path such as internal/payments/...", raw, problem)
}

// diagnosePattern says what is wrong with the pattern raw and proposes a
// fix for that one problem; "" when nothing is.
func diagnosePattern(raw string) (problem, fix string) {
	dir, _ := strings.CutSuffix(raw, "/...")
	switch {
	case raw == "..." || raw == ".":
		return "", ""
	case raw == "":
		return "is empty", ""
	case dir == "":
		return "is a subtree of nothing", "..."
	case strings.HasPrefix(dir, "./"):
		return "has a leading ./", cleanPattern(raw)
	case strings.HasPrefix(dir, "/") || strings.HasSuffix(dir, "/"):
		return "has a leading or trailing slash", cleanPattern(raw)
	case strings.Contains(dir, "\\"):
		return "has backslashes", strings.ReplaceAll(raw, "\\", "/")
	}
	segs := strings.Split(dir, "/")
	for i, seg := range segs {
		switch {
		case seg == "":
			return "has an empty path element", cleanPattern(raw)
		case seg == "." || seg == "..":
			return fmt.Sprintf("has a %q element", seg), cleanPattern(raw)
		case strings.Contains(seg, "..."):
			return "has \"...\" inside the path; \"...\" is only allowed as the whole last element", subtreeOf(segs[:i], strings.TrimSuffix(seg[:strings.Index(seg, "...")], "/"))
		case strings.ContainsAny(seg, "*?[]{}"):
			return "has glob characters; patterns use \"/...\" for a subtree", subtreeOf(segs[:i], "")
		case strings.IndexFunc(seg, badRune) >= 0:
			return "has spaces or control characters", dropSpaces(raw)
		case strings.IndexFunc(seg, notPathRune) >= 0:
			return "has characters that cannot appear in an import path", dropQuotesAndVersions(raw)
		}
	}
	return "", ""
}

// dropSpaces removes spaces and control characters where removing them
// cannot join two words into one: at either end and next to a slash.
// Elsewhere there is no certain fix ("" for none).
func dropSpaces(raw string) string {
	parts := strings.Split(raw, "/")
	for i, p := range parts {
		t := strings.TrimFunc(p, badRune)
		if strings.IndexFunc(t, badRune) >= 0 {
			return ""
		}
		parts[i] = t
	}
	return strings.Join(parts, "/")
}

// dropQuotesAndVersions removes quotes and "@version" suffixes, the only
// characters outside import paths with a certain fix ("" for none).
func dropQuotesAndVersions(raw string) string {
	parts := strings.Split(raw, "/")
	for i, p := range parts {
		p, _, _ = strings.Cut(strings.Trim(p, "\"'`"), "@")
		if strings.IndexFunc(p, notPathRune) >= 0 {
			return ""
		}
		parts[i] = p
	}
	return strings.Join(parts, "/")
}

// severalPatterns returns the patterns of a list typed as one string
// ("api, internal/..."), or nil when raw does not read as one.
func severalPatterns(raw string) []string {
	parts := strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' || r == '|' || unicode.IsSpace(r) })
	if len(parts) < 2 {
		return nil
	}
	for _, p := range parts {
		if problem, _ := diagnosePattern(p); problem != "" || p == "" {
			return nil
		}
	}
	return parts
}

// notPathRune reports whether r cannot appear in an element of an import path.
func notPathRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-._~+", r)
}

func badRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || r == unicode.ReplacementChar
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
// characters (including none) and everything else matches itself. The text
// before the first star must start name and the text after the last must
// end it; each piece between stars is then matched at its leftmost place
// after the one before, which is never worse than a later place. With
// strings.Index that is close to linear, so the pairs checkShadowedClaims
// compares cost little even when built to be slow.
func glob(pattern, name string) bool {
	first, rest, star := strings.Cut(pattern, "*")
	if !star {
		return pattern == name
	}
	if !strings.HasPrefix(name, first) {
		return false
	}
	name = name[len(first):]
	middle, last := "", rest
	if i := strings.LastIndexByte(rest, '*'); i >= 0 {
		middle, last = rest[:i], rest[i+1:]
	}
	if !strings.HasSuffix(name, last) {
		return false
	}
	name = name[:len(name)-len(last)]
	for middle != "" {
		var piece string
		piece, middle, _ = strings.Cut(middle, "*")
		i := strings.Index(name, piece)
		if i < 0 {
			return false
		}
		name = name[i+len(piece):]
	}
	return true
}

// literalLen is how much of a glob pattern is literal: the longer, the more
// specific the claim.
func literalLen(pattern string) int {
	return len(pattern) - strings.Count(pattern, "*")
}
