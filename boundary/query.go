package boundary

import (
	"strings"
	"sync"
)

// Rel returns the module-relative form of an import path, and whether the
// path is inside the spec's module at all. The module's root package is ".".
// A package of a nested module (a directory with its own go.mod below the
// module's root) is not in the module, though its path says so: module
// identity, not the path prefix, decides.
func (s *Spec) Rel(importPath string) (string, bool) {
	switch {
	case importPath == s.Module:
		return ".", true
	case strings.HasPrefix(importPath, s.Module) && importPath[len(s.Module)] == '/':
		rel := importPath[len(s.Module)+1:]
		if s.nestedModule(rel) != "" {
			return importPath, false
		}
		return rel, true
	}
	return importPath, false
}

// ImportPath turns a module-relative package path back into an import
// path: the inverse of Rel.
func (s *Spec) ImportPath(rel string) string {
	if rel == "." {
		return s.Module
	}
	return s.Module + "/" + rel
}

// ComponentOf returns the component that claims the package, or nil when
// the package is outside the module or no component claims it. The most
// specific matching pattern decides, so a catch-all component never takes a
// package from a component that names it more precisely.
func (s *Spec) ComponentOf(importPath string) *Component {
	if s.owners != nil {
		if c, ok := s.owners.byPath.Load(importPath); ok {
			return c.(*Component)
		}
	}
	var c *Component
	if rel, ok := s.Rel(importPath); ok {
		c, _ = s.componentOfRel(rel)
	}
	if s.owners != nil {
		s.owners.byPath.Store(importPath, c)
	}
	return c
}

// ownerMemo memoises the component of each package: every whole-module
// question (cycles, edges, isolation) asks it of every package, often
// many times, and scanning every pattern each time made those questions
// cost packages x edges x patterns. A spec's components never change once
// it is loaded, so an answer stays right; the maps are safe for the
// concurrent analyzers that share a spec.
type ownerMemo struct {
	byPath sync.Map // import path -> *Component (nil: none)
	byRel  sync.Map // module-relative path -> owner
}

type owner struct {
	c *Component
	p Pattern
}

func (s *Spec) componentOfRel(rel string) (*Component, Pattern) {
	if s.owners != nil {
		if o, ok := s.owners.byRel.Load(rel); ok {
			return o.(owner).c, o.(owner).p
		}
	}
	var best *Component
	var bestPat Pattern
	for _, c := range s.Components {
		for _, p := range c.Packages {
			if p.Match(rel) && (best == nil || p.specificity() > bestPat.specificity()) {
				best, bestPat = c, p
			}
		}
	}
	if s.owners != nil {
		s.owners.byRel.Store(rel, owner{best, bestPat})
	}
	return best, bestPat
}

// IsAPI reports whether the package (an import path) is part of c's API.
func (s *Spec) IsAPI(c *Component, importPath string) bool {
	if c.API == nil {
		return true
	}
	rel, _ := s.Rel(importPath)
	for _, p := range c.API {
		if p.Match(rel) {
			return true
		}
	}
	return false
}

// DependsOnComponent reports whether c lists the component named name in depends_on.
func (c *Component) DependsOnComponent(name string) bool {
	for _, r := range c.DependsOn {
		if r.Name == name {
			return true
		}
	}
	return false
}

// MayUse reports whether code of c may use component d at all: d is c
// itself, shared, or listed in c's depends_on. A nil d (no component) is
// not a component c may use.
func (c *Component) MayUse(d *Component) bool {
	return c == d || d != nil && (d.Shared || c.DependsOnComponent(d.Name))
}

// Wires reports whether c is a composition root that may reach into d:
// import its private packages, read the configuration it owns and (for the
// runtime rules) its context keys. A root wires itself, the components in
// its depends_on and shared components; nothing wires a root but itself,
// since nothing may import one. A nil c or d wires nothing.
func (s *Spec) Wires(c, d *Component) bool {
	return c != nil && c.CompositionRoot && c.MayUse(d)
}

// Reservation returns the reservation covering a third-party import path,
// or nil. The most specific pattern wins.
func (s *Spec) Reservation(importPath string) *Reservation {
	var best *Reservation
	for _, r := range s.External {
		if r.Pattern.Match(importPath) && (best == nil || r.Pattern.specificity() > best.Pattern.specificity()) {
			best = r
		}
	}
	return best
}

// Allows reports whether the reservation lets component c import the path.
// A nil c (an unclaimed package) is never among the holders.
func (r *Reservation) Allows(c *Component) bool {
	for _, to := range r.To {
		if c != nil && to.Name == c.Name {
			return true
		}
	}
	return false
}

// Rule names the import rule a verdict is about.
type Rule string

const (
	Allowed    Rule = ""
	Forbidden  Rule = "forbidden"  // the imported component is not in depends_on
	Private    Rule = "private"    // the imported package is not in its component's api
	Reserved   Rule = "reserved"   // the third-party import is reserved to other components
	Unassigned Rule = "unassigned" // the imported module package is unclaimed and the policy is deny
)

// Verdict is the answer to "may this package import that one".
type Verdict struct {
	Rule        Rule
	From, To    *Component   // To is nil for third-party and unclaimed packages
	Reservation *Reservation // for Reserved
	Pos         Pos          // the spec entry that makes the import a violation
}

// CheckImport decides whether the package from may import the package to,
// both given as import paths. A composition root may import the private
// packages of the components it wires, and no other component may import
// a composition root. The standard library and unreserved
// third-party packages are always allowed. A package outside the module is
// unconstrained. A module package that no component claims may import any
// module package, since the unassigned policy is about the unclaimed
// package itself, but it is never among the holders of a reserved import.
func (s *Spec) CheckImport(from, to string) Verdict {
	if _, ok := s.Rel(from); !ok {
		return Verdict{}
	}
	fromComp := s.ComponentOf(from)
	toRel, inModule := s.Rel(to)
	if !inModule {
		if r := s.Reservation(to); r != nil && !r.Allows(fromComp) {
			return Verdict{Rule: Reserved, From: fromComp, Reservation: r, Pos: r.Pos}
		}
		return Verdict{From: fromComp}
	}
	toComp, _ := s.componentOfRel(toRel)
	v := Verdict{From: fromComp, To: toComp}
	switch {
	case fromComp == nil || fromComp == toComp:
	case toComp == nil:
		if s.Unassigned == Deny {
			v.Rule, v.Pos = Unassigned, s.UnassignedPos
		}
	case toComp.CompositionRoot:
		v.Rule, v.Pos = Forbidden, toComp.CompositionRootPos
	case !fromComp.MayUse(toComp):
		v.Rule, v.Pos = Forbidden, fromComp.DependsOnPos
	case !s.IsAPI(toComp, to) && !s.Wires(fromComp, toComp):
		v.Rule, v.Pos = Private, toComp.APIPos
	}
	return v
}

// MayReach reports whether code of the isolated component c may reach the
// package transitively: only c itself, its depends_on, third-party code not
// reserved to others and the standard library keep it deployable alone.
// Nothing constrains what a nil c (unclaimed code) reaches.
func (s *Spec) MayReach(c *Component, importPath string) bool {
	if c == nil {
		return true
	}
	if _, inModule := s.Rel(importPath); !inModule {
		r := s.Reservation(importPath)
		return r == nil || r.Allows(c)
	}
	d := s.ComponentOf(importPath)
	return d != nil && (d == c || c.DependsOnComponent(d.Name))
}
