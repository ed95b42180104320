package boundary

import (
	"fmt"
	"strings"
	"unicode"
)

// parseFieldClaim parses <module-relative package>.<Type>.<Field>[.<Field>...].
func parseFieldClaim(s string) (FieldClaim, error) {
	dir, last := splitLastElement(s)
	parts := strings.Split(last, ".")
	if len(parts) < 3 || !allIdents(parts[1:]) {
		return FieldClaim{}, fmt.Errorf("field %q: write <package>.<Type>.<Field>, as in internal/config.Config.Payments", s)
	}
	pkg := dir + parts[0]
	if p, err := ParsePattern(pkg); err != nil || p.Subtree || pkg == "." {
		return FieldClaim{}, fmt.Errorf("field %q: %q is not a module-relative package path; write <package>.<Type>.<Field>, as in internal/config.Config.Payments", s, pkg)
	}
	return FieldClaim{Package: pkg, Type: parts[1], Path: parts[2:]}, nil
}

// parseFunc parses <import path>.<Func> or <import path>.<Type>.<Method>.
// A pointer receiver may be written (*T).M or *T.M, and the whole name as
// go/types prints it, (*example.com/p.T).M. A last path element with a
// major-version suffix, as in gopkg.in/yaml.v3, stays part of the path.
func parseFunc(s string) (Func, error) {
	bad := fmt.Errorf("func %q: write <import path>.<Func> or <import path>.<Type>.<Method>, as in example.com/monolith/internal/config.String", s)
	if rest, ok := strings.CutPrefix(s, "("); ok {
		recv, method, ok := strings.Cut(rest, ").")
		if !ok {
			return Func{}, bad
		}
		s = strings.TrimPrefix(recv, "*") + "." + method
	}
	dir, last := splitLastElement(s)
	last = strings.NewReplacer("(", "", ")", "", "*", "").Replace(last)
	parts := strings.Split(last, ".")
	if len(parts) >= 3 && IsMajorVersion(parts[1]) {
		parts = append([]string{parts[0] + "." + parts[1]}, parts[2:]...)
	}
	if len(parts) < 2 || len(parts) > 3 || !allIdents(parts[1:]) {
		return Func{}, bad
	}
	f := Func{Package: dir + parts[0], Name: parts[len(parts)-1]}
	if p, err := ParsePattern(f.Package); err != nil || p.Subtree || f.Package == "." {
		return Func{}, bad
	}
	if len(parts) == 3 {
		f.Type = parts[1]
	}
	return f, nil
}

// splitLastElement splits a slash-separated path before its last element.
func splitLastElement(s string) (dir, last string) {
	i := strings.LastIndexByte(s, '/')
	return s[:i+1], s[i+1:]
}

// IsMajorVersion reports whether s is a major-version suffix such as v3.
func IsMajorVersion(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func allIdents(names []string) bool {
	for _, n := range names {
		if !isIdent(n) {
			return false
		}
	}
	return true
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}
