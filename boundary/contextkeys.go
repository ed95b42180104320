package boundary

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// KeyClaim owns a context key declared in a shared package: the package-level
// type, variable or constant used as the key. Written <package>.<Name>, as
// in internal/platform/ctxkeys.TenantID. A string key of gin's or echo's
// context is written string:<key>, as in string:merchant_id; its Package is
// empty.
type KeyClaim struct {
	Package string // module-relative package path; "" for a string key
	Name    string // the type, variable or constant; the string of a string key
	Pos     Pos
}

// StringKeyPrefix starts the claim of a string key: string:merchant_id.
const StringKeyPrefix = "string:"

func (k KeyClaim) String() string {
	if k.Package == "" {
		return StringKeyPrefix + k.Name
	}
	return k.Package + "." + k.Name
}

// keyClaims decodes owns.context.
func (d *decoder) keyClaims(n *yaml.Node, what string) []KeyClaim {
	var out []KeyClaim
	d.strings(n, what, func(s string, item *yaml.Node) {
		k, err := parseKeyClaim(s)
		if err != nil {
			d.errorf(item, "%s: %v", what, err)
			return
		}
		k.Pos = d.pos(item)
		out = append(out, k)
	})
	return out
}

func parseKeyClaim(s string) (KeyClaim, error) {
	if str, ok := strings.CutPrefix(s, StringKeyPrefix); ok {
		if str == "" || strings.TrimSpace(str) != str {
			return KeyClaim{}, fmt.Errorf("context key %q: write string:<key> with the key gin's or echo's context is set with, as in string:merchant_id", s)
		}
		return KeyClaim{Name: str}, nil
	}
	dir, last := splitLastElement(s)
	pkg, name, ok := strings.Cut(last, ".")
	if !ok || !isIdent(name) {
		return KeyClaim{}, fmt.Errorf("context key %q: write <package>.<Name> with the type, variable or constant used as the key, as in internal/platform/ctxkeys.TenantID", s)
	}
	pkg = dir + pkg
	if p, err := ParsePattern(pkg); err != nil || p.Subtree || pkg == "." {
		return KeyClaim{}, fmt.Errorf("context key %q: %q is not a module-relative package path; write <package>.<Name>, as in internal/platform/ctxkeys.TenantID", s, pkg)
	}
	return KeyClaim{Package: pkg, Name: name}, nil
}

// checkKeyClaims rejects context key claims that could never decide an
// owner: a key claimed twice, and a key in a package of a component that is
// not shared, which owns its keys already.
func (d *decoder) checkKeyClaims(s *Spec) {
	seen := map[string]*Component{}
	for _, c := range s.Components {
		for _, k := range c.Owns.Context {
			if prev := seen[k.String()]; prev != nil {
				d.errorAt(k.Pos, "context key %s is claimed by both %s and %s; give it to one component", k, prev.Name, c.Name)
				continue
			}
			seen[k.String()] = c
			if k.Package == "" {
				continue // a string key has no home package
			}
			if home, _ := s.componentOfRel(k.Package); home != nil && !home.Shared && home != c {
				d.errorAt(k.Pos, "context key %s is declared in component %s, which owns it; claim only keys of shared or unclaimed packages", k, home.Name)
			}
		}
	}
}

// OwnerOfContextKey returns the component that owns a context key: the
// package-level type, variable or constant name declared in the package
// with the given import path. A claim in owns.context decides; otherwise a
// key belongs to the component of its package, unless that component is
// shared. Keys outside the module and in unclaimed packages have no owner.
func (s *Spec) OwnerOfContextKey(importPath, name string) Ownership {
	rel, inModule := s.Rel(importPath)
	if !inModule {
		return Ownership{}
	}
	for _, c := range s.Components {
		for _, k := range c.Owns.Context {
			if k.Package == rel && k.Name == name && k.Package != "" {
				return Ownership{Owner: c, Claim: Claim{Pattern: k.String(), Pos: k.Pos}}
			}
		}
	}
	c, p := s.componentOfRel(rel)
	if c == nil || c.Shared {
		return Ownership{}
	}
	return Ownership{Owner: c, Claim: Claim{Pattern: p.Raw, Pos: p.Pos}}
}

// OwnerOfStringKey returns the component whose owns.context claims the
// string key of gin's or echo's context (string:name), or none: a string
// key nobody claims belongs to the components that set it, which only the
// analyzers can tell.
func (s *Spec) OwnerOfStringKey(name string) Ownership {
	for _, c := range s.Components {
		for _, k := range c.Owns.Context {
			if k.Package == "" && k.Name == name {
				return Ownership{Owner: c, Claim: Claim{Pattern: k.String(), Pos: k.Pos}}
			}
		}
	}
	return Ownership{}
}
