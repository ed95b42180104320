package boundary

import (
	"fmt"
	"strings"
)

// validate checks what only the whole spec can tell: names that refer to
// components, patterns claimed twice, api packages outside their component
// and cycles in depends_on.
func (d *decoder) validate(s *Spec) {
	for _, c := range s.Components {
		seen := map[string]bool{}
		for _, r := range c.DependsOn {
			switch {
			case r.Name == c.Name:
				d.errorAt(r.Pos, "component %s lists itself in depends_on; remove it: a component may always import its own packages", c.Name)
			case seen[r.Name]:
				d.errorAt(r.Pos, "component %s lists %s twice in depends_on; remove one", c.Name, r.Name)
			default:
				d.checkRef(s, r, "depends_on of "+c.Name)
				if dep := s.byName[r.Name]; dep != nil && dep.CompositionRoot {
					d.errorAt(r.Pos, "component %s lists %s in depends_on, but %s is a composition root (%s), which nothing may import; move what %s needs out of %s into a component both may depend on", c.Name, r.Name, r.Name, dep.CompositionRootPos, c.Name, r.Name)
				}
			}
			seen[r.Name] = true
		}
		for _, api := range c.API {
			if !c.covers(api) {
				d.errorAt(api.Pos, "%s", c.outsideAPI(api))
			} else if other, _ := s.componentOfRel(api.Path); other != c {
				d.errorAt(api.Pos, "api package %s of component %s belongs to component %s, whose pattern is more specific; move the api or the pattern", api.Path, c.Name, other.Name)
			}
		}
	}
	for _, r := range s.External {
		if _, inModule := s.Rel(r.Pattern.Path); inModule {
			d.errorAt(r.Pos, "external %s names packages of module %s; external reserves third-party imports only, so claim these packages in a component instead", r.Pattern.Raw, s.Module)
		}
		for _, to := range r.To {
			d.checkRef(s, to, "external "+r.Pattern.Raw)
		}
	}
	for _, r := range s.Config.Readers {
		d.checkRef(s, r, "config readers")
	}
	for _, c := range s.Components {
		d.checkRoot(c)
	}
	d.checkMutual(s)
	d.checkModulePrefixes(s)
	d.checkKeyClaims(s)
	d.checkOverlaps(s)
	d.checkShadowedClaims(s)
	d.checkDependencyCycles(s)
}

// checkRoot rejects what contradicts "nothing may import a composition root".
func (d *decoder) checkRoot(c *Component) {
	if !c.CompositionRoot {
		return
	}
	if c.Shared {
		d.errorAt(c.CompositionRootPos, "component %s is both shared and a composition root; nothing may import a composition root, so remove shared: true (or composition_root: true if others import it)", c.Name)
	}
	if c.API != nil {
		d.errorAt(c.APIPos, "component %s is a composition root, which nothing may import, so it has no api; remove the api key", c.Name)
	}
}

// checkModulePrefixes rejects full import paths where module-relative ones
// belong: they would silently match nothing.
func (d *decoder) checkModulePrefixes(s *Spec) {
	first, _, _ := strings.Cut(s.Module, "/")
	if !strings.Contains(first, ".") {
		return // a module named like "monolith" may well have a directory of that name
	}
	rel := func(path string) (string, bool) {
		r, ok := s.Rel(path)
		return r, ok && path != ""
	}
	for _, c := range s.Components {
		for _, list := range [][]Pattern{c.Packages, c.API} {
			for _, p := range list {
				if r, ok := rel(p.Path); ok {
					if p.Subtree {
						r = strings.TrimPrefix(r+"/...", "./")
					}
					d.errorAt(p.Pos, "package pattern %s starts with the module path %s; patterns are module-relative, so write %s", p.Raw, s.Module, r)
				}
			}
		}
		for _, f := range c.Owns.Fields {
			if r, ok := rel(f.Package); ok {
				full := f.String()
				f.Package = r
				d.errorAt(f.Pos, "field %s starts with the module path %s; fields are module-relative, so write %s", full, s.Module, f)
			}
		}
		for _, k := range c.Owns.Context {
			if r, ok := rel(k.Package); ok {
				d.errorAt(k.Pos, "context key %s starts with the module path %s; keys are module-relative, so write %s.%s", k, s.Module, r, k.Name)
			}
		}
	}
}

func (d *decoder) errorAt(p Pos, format string, args ...any) {
	if len(d.errs) >= maxErrors {
		d.dropped++
		return
	}
	d.errs = append(d.errs, &Error{Pos: p, Msg: fmt.Sprintf(format, args...)})
}

func (d *decoder) checkRef(s *Spec, r Ref, where string) {
	if s.byName[r.Name] != nil {
		return
	}
	names := make([]string, len(s.Components))
	for i, c := range s.Components {
		names[i] = c.Name
	}
	hint := "declared components: " + strings.Join(names, ", ")
	if c := Closest(r.Name, names); c != "" {
		hint = fmt.Sprintf("did you mean %q?", c)
	}
	d.errorAt(r.Pos, "%s names component %q, which is not declared; %s", where, r.Name, hint)
}

// outsideAPI explains an api pattern that c's packages do not cover.
func (c *Component) outsideAPI(api Pattern) string {
	raws := make([]string, len(c.Packages))
	for i, p := range c.Packages {
		raws[i] = p.Raw
	}
	for _, p := range c.Packages {
		if api.Subtree && p.Match(api.Path) {
			return fmt.Sprintf("api pattern %s of component %s covers packages below %s, which are not among its packages [%s]; write %s", api.Raw, c.Name, api.Path, strings.Join(raws, ", "), api.Path)
		}
	}
	return fmt.Sprintf("api pattern %s of component %s is outside its packages [%s]; list only packages of %s in api, or add %s to its packages", api.Raw, c.Name, strings.Join(raws, ", "), c.Name, api.Raw)
}

// covers reports whether the api pattern lies inside one of c's package patterns.
func (c *Component) covers(api Pattern) bool {
	for _, p := range c.Packages {
		if p.Match(api.Path) && (!api.Subtree || p.Subtree) {
			return true
		}
	}
	return false
}

// checkOverlaps rejects the same pattern or claim in two places: with equal
// specificity there is no rule to decide the owner.
func (d *decoder) checkOverlaps(s *Spec) {
	type owner struct {
		comp string
		pos  Pos
	}
	check := func(kind, key, comp string, pos Pos, seen map[string]owner) {
		if prev, ok := seen[key]; ok {
			if prev.comp == comp {
				d.errorAt(pos, "%s %s is listed twice in component %s (also at line %d); remove one", kind, key, comp, prev.pos.Line)
			} else {
				d.errorAt(pos, "%s %s is claimed by both %s (line %d) and %s; give it to one component, or claim a more specific pattern in one of them", kind, key, prev.comp, prev.pos.Line, comp)
			}
			return
		}
		seen[key] = owner{comp, pos}
	}
	pkgs := map[string]owner{}
	env, cfg, tables, fields, topics := map[string]owner{}, map[string]owner{}, map[string]owner{}, map[string]owner{}, map[string]owner{}
	for _, c := range s.Components {
		for _, p := range c.Packages {
			check("package pattern", p.Raw, c.Name, p.Pos, pkgs)
		}
		for _, e := range c.Owns.Env {
			check("env", e.Pattern, c.Name, e.Pos, env)
		}
		for _, e := range c.Owns.Config {
			check("config key", strings.ToLower(e.Pattern), c.Name, e.Pos, cfg)
		}
		for _, e := range c.Owns.Tables {
			check("table", strings.ToLower(e.Pattern), c.Name, e.Pos, tables)
		}
		for _, f := range c.Owns.Fields {
			check("field", f.String(), c.Name, f.Pos, fields)
		}
		for _, e := range c.Owns.Topics {
			check("topic", e.Pattern, c.Name, e.Pos, topics)
		}
	}
	var envs, cfgs, tbls, tops []ownedClaim
	for _, c := range s.Components {
		for _, e := range c.Owns.Env {
			envs = append(envs, ownedClaim{c.Name, e})
		}
		for _, e := range c.Owns.Config {
			cfgs = append(cfgs, ownedClaim{c.Name, e})
		}
		for _, e := range c.Owns.Tables {
			tbls = append(tbls, ownedClaim{c.Name, e})
		}
		for _, e := range c.Owns.Topics {
			tops = append(tops, ownedClaim{c.Name, e})
		}
	}
	d.checkClaimOverlaps("env", envs, false)
	d.checkClaimOverlaps("config key", cfgs, true)
	d.checkClaimOverlaps("table", tbls, true)
	d.checkClaimOverlaps("topic", tops, false)
	ext := map[string]owner{}
	for _, r := range s.External {
		check("external", r.Pattern.Raw, "external", r.Pos, ext)
	}
}

// checkDependencyCycles rejects depends_on cycles that mutual does not
// declare: the imports analyzer reports the code's component cycles by the
// same criterion, so a spec that allowed one would contradict it. Each is
// reported once, at the depends_on entry that closes a shortest loop
// through its first undeclared edge.
func (d *decoder) checkDependencyCycles(s *Spec) {
	g := newNameGraph()
	refs := map[[2]*Component]Ref{}
	for _, c := range s.Components {
		for _, r := range c.DependsOn {
			if dep := s.byName[r.Name]; dep != nil && dep != c {
				g.add(c, dep)
				refs[[2]*Component{c, dep}] = r
			}
		}
	}
	for _, members := range g.stronglyConnected() {
		in := map[*Component]bool{}
		for _, m := range members {
			in[m] = true
		}
		a, b := undeclaredEdge(s, g, members, in)
		if a == nil {
			continue
		}
		loop := g.loopThrough(a, b, in)
		names := make([]string, len(loop))
		for i, c := range loop {
			names[i] = c.Name
		}
		closing := refs[[2]*Component{loop[len(loop)-2], loop[len(loop)-1]}]
		hint := "remove one of these edges"
		if len(loop) == 3 {
			hint += fmt.Sprintf(", or declare the pair under mutual ([%s, %s]) if the two must import each other", names[0], names[1])
		}
		d.errorAt(closing.Pos, "depends_on cycle %s; components must form a hierarchy, so %s", strings.Join(names, " -> "), hint)
	}
}

// undeclaredEdge returns the first edge (by names) inside the strongly
// connected members whose pair is not declared under mutual, or nils.
func undeclaredEdge(s *Spec, g *nameGraph, members []*Component, in map[*Component]bool) (*Component, *Component) {
	for _, a := range members {
		for _, b := range g.succ[a] {
			if in[b] && !s.IsMutual(a, b) {
				return a, b
			}
		}
	}
	return nil, nil
}

// checkMutual checks each mutual pair: two declared components that list
// each other in depends_on, since mutual lifts the cycle rule only and
// depends_on still grants the imports.
func (d *decoder) checkMutual(s *Spec) {
	seen := map[[2]string]Pos{}
	for _, m := range s.Mutual {
		d.checkRef(s, m.A, "mutual")
		d.checkRef(s, m.B, "mutual")
		a, b := s.byName[m.A.Name], s.byName[m.B.Name]
		if a == nil || b == nil {
			continue
		}
		key := [2]string{min(a.Name, b.Name), max(a.Name, b.Name)}
		if prev, ok := seen[key]; ok {
			d.errorAt(m.Pos, "mutual pair [%s, %s] is declared twice (also at line %d); remove one", a.Name, b.Name, prev.Line)
			continue
		}
		seen[key] = m.Pos
		for _, p := range [][2]*Component{{a, b}, {b, a}} {
			if !p[0].DependsOnComponent(p[1].Name) {
				d.errorAt(m.Pos, "mutual pair [%s, %s]: %s does not list %s in depends_on; add it there, since mutual only allows the loop, not the imports", a.Name, b.Name, p[0].Name, p[1].Name)
			}
		}
	}
}
