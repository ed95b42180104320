package boundary

import (
	"fmt"
	"slices"
)

// Unmatched returns an error for every package and api pattern that matches
// none of the module's packages (module-relative paths, as modspec.ModulePackages
// gives), and for every package pattern whose packages all go to other
// components with more specific patterns: a rule that silently matches
// nothing is the worst failure a linter can have.
func (s *Spec) Unmatched(pkgs []string) Errors {
	var errs Errors
	report := func(p Pattern, format string, args ...any) {
		errs = append(errs, &Error{Pos: p.Pos, Msg: fmt.Sprintf(format, args...)})
	}
	for _, c := range s.Components {
		for _, p := range c.Packages {
			matched, taker := s.claimedBy(c, p, pkgs)
			switch {
			case matched == "" && s.nestedModule(p.Path) != "":
				report(p, "package pattern %s of component %s matches no package of module %s: %s is in another module, %s; a spec covers one module, so remove the pattern or give that module a spec of its own", p.Raw, c.Name, s.Module, p.Path, s.tree.DescribeModule(s.nestedModule(p.Path)))
			case matched == "":
				report(p, "package pattern %s of component %s matches no package of module %s; fix the path or remove it", p.Raw, c.Name, s.Module)
			case taker != nil:
				report(p, "package pattern %s of component %s gives it no package: every package it matches goes to a more specific pattern of another component (%s to %s); remove it or narrow the other pattern", p.Raw, c.Name, matched, taker.Name)
			}
		}
		for _, p := range c.API {
			if !slices.ContainsFunc(pkgs, p.Match) && s.nestedModule(p.Path) != "" {
				report(p, "api pattern %s of component %s matches no package of module %s: %s is in another module, %s", p.Raw, c.Name, s.Module, p.Path, s.tree.DescribeModule(s.nestedModule(p.Path)))
			} else if !slices.ContainsFunc(pkgs, p.Match) {
				report(p, "api pattern %s of component %s matches no package of module %s; fix the path or remove it", p.Raw, c.Name, s.Module)
			}
		}
		for _, k := range c.Owns.Context {
			if k.Package != "" && !slices.Contains(pkgs, k.Package) {
				errs = append(errs, &Error{Pos: k.Pos, Msg: fmt.Sprintf("context key %s of component %s names package %s, which is not a package of module %s; fix the claim or remove it", k, c.Name, k.Package, s.Module)})
			}
		}
	}
	errs.Sort()
	return errs
}

// claimedBy returns a package that p matches ("" for none) and, when none
// of the packages p matches belongs to c, the component that took it.
func (s *Spec) claimedBy(c *Component, p Pattern, pkgs []string) (matched string, taker *Component) {
	for _, pkg := range pkgs {
		if !p.Match(pkg) {
			continue
		}
		owner, _ := s.componentOfRel(pkg)
		if owner == c {
			return pkg, nil
		}
		if matched == "" {
			matched, taker = pkg, owner
		}
	}
	return matched, taker
}
