package specinit

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// dependencies translates mayDependOn and anyProjectDeps.
func (t *archLint) dependencies(comps []named) {
	for _, c := range comps {
		dep, ok := t.cfg.Deps[c.name]
		comp := t.d.component(componentName(c.name))
		if !ok || comp == nil {
			continue
		}
		for _, m := range dep.MayDependOn {
			target := t.d.component(componentName(m))
			switch {
			case m == c.name: // boundarylint always allows a component its own packages
			case target == nil:
				t.note("%s mayDependOn %s, which is no component with packages; left out", c.name, m)
			case !slices.Contains(comp.DependsOn, target.Name):
				comp.DependsOn = append(comp.DependsOn, target.Name)
			}
		}
		if dep.AnyProjectDeps {
			for _, other := range t.d.Components {
				if other != comp && !slices.Contains(comp.DependsOn, other.Name) {
					comp.DependsOn = append(comp.DependsOn, other.Name)
				}
			}
			t.note("%s has anyProjectDeps: it depends on every other component (cycles through it are cut below)", c.name)
		}
	}
	for name := range t.cfg.Deps {
		if !slices.ContainsFunc(comps, func(n named) bool { return n.name == name }) {
			t.note("deps names %s, which is no component; left out", name)
		}
	}
}

// importableThroughAny keeps go-arch-lint's rule that a package matched by
// several components may be imported through any of them, where
// boundarylint gives it to one: a component nested under a common one
// becomes shared, and whoever may depend on another match also depends
// on the holder.
func (t *archLint) importableThroughAny() {
	pkgs := slices.Sorted(func(yield func(string) bool) {
		for p := range t.matches {
			if !yield(p) {
				return
			}
		}
	})
	for _, p := range pkgs {
		h := t.d.component(componentName(t.holder[p]))
		if h == nil {
			continue
		}
		for _, m := range t.matches[p] {
			other := t.d.component(componentName(m))
			if other == nil || other == h {
				continue
			}
			if other.Shared && !h.Shared {
				h.Shared = true
				t.note("%s holds %s, which common component %s matches too: go-arch-lint lets every component import it through %s, so %s is shared (all of its packages, not only %s, may now be imported by anyone)", h.Name, p, m, m, h.Name, p)
				continue
			}
			for _, x := range t.d.Components {
				if x != h && slices.Contains(x.DependsOn, other.Name) && !slices.Contains(x.DependsOn, h.Name) && !h.Shared {
					x.DependsOn = append(x.DependsOn, h.Name)
					t.note("%s may depend on %s, which matches %s; go-arch-lint checks that package as %s, so %s depends on %s too", x.Name, m, p, h.Name, x.Name, h.Name)
				}
			}
		}
	}
}

// breakCycles makes the mayDependOn graph a valid depends_on: two
// components that may depend on each other become a mutual pair, and of
// the longer loops, the edges boundary.LoopBreaks picks (as init does for
// the code's loops) are dropped, saying which.
func (t *archLint) breakCycles() {
	has := func(a, b string) bool {
		c := t.d.component(a)
		return c != nil && slices.Contains(c.DependsOn, b)
	}
	pair := func(a, b string) bool { return has(a, b) && has(b, a) }
	var arcs []boundary.Arc
	for _, c := range t.d.Components {
		for _, dep := range c.DependsOn {
			arcs = append(arcs, boundary.Arc{From: c.Name, To: dep, Weight: 1})
			if c.Name < dep && pair(c.Name, dep) {
				t.d.Mutual = append(t.d.Mutual, &MutualPair{A: c.Name, B: dep, Because: []string{fmt.Sprintf("%s and %s mayDependOn each other in go-arch-lint", c.Name, dep)}})
			}
		}
	}
	for _, a := range boundary.LoopBreaks(arcs, pair) {
		c := t.d.component(a.From)
		c.DependsOn = slices.DeleteFunc(c.DependsOn, func(d string) bool { return d == a.To })
		t.note("%s -> %s closes a cycle of mayDependOn; boundarylint rejects depends_on cycles outside mutual pairs, so it is left out and %s's imports of %s will be reported", a.From, a.To, a.From, a.To)
	}
	sort.Slice(t.d.Mutual, func(i, j int) bool {
		return t.d.Mutual[i].A < t.d.Mutual[j].A || t.d.Mutual[i].A == t.d.Mutual[j].A && t.d.Mutual[i].B < t.d.Mutual[j].B
	})
	for _, c := range t.d.Components {
		sort.Strings(c.DependsOn)
	}
}

// vendors translates vendors, canUse, anyVendorDeps and commonVendors into
// external reservations.
func (t *archLint) vendors(vendors []named) {
	if t.cfg.Allow.DepOnAnyVendor {
		if len(vendors) > 0 {
			t.note("depOnAnyVendor: true lets every component import any vendor, so no vendor is reserved")
		}
		return
	}
	if len(vendors) > 0 {
		t.note("go-arch-lint reports imports of vendors that no canUse allows (depOnAnyVendor: false); boundarylint reserves the vendors listed in external and leaves other third-party imports free")
	}
	common := map[string]bool{}
	for _, v := range t.cfg.CommonVendors {
		common[v] = true
	}
	byPattern := map[string]*Reservation{}
	for _, v := range vendors {
		if common[v.name] {
			continue // free for everyone, as unreserved imports are
		}
		var to []string
		for name, dep := range t.cfg.Deps {
			if c := t.d.component(componentName(name)); c != nil && (dep.AnyVendorDeps || slices.Contains(dep.CanUse, v.name)) {
				to = append(to, c.Name)
			}
		}
		if len(to) == 0 {
			t.note("vendor %s may be used by no component; external cannot reserve an import to nobody, so it is free", v.name)
			continue
		}
		for _, g := range v.in {
			pattern := t.vendorPattern(v.name, g)
			r := byPattern[pattern]
			if r == nil {
				r = &Reservation{Pattern: pattern}
				byPattern[pattern] = r
				t.d.External = append(t.d.External, r)
			}
			r.To = slices.Compact(slices.Sorted(slices.Values(append(r.To, to...))))
		}
	}
	sort.Slice(t.d.External, func(i, j int) bool { return t.d.External[i].Pattern < t.d.External[j].Pattern })
}

// vendorPattern translates a vendor glob: path/** is path/..., a path is
// itself; a wildcard elsewhere becomes the subtree above it.
func (t *archLint) vendorPattern(vendor, glob string) string {
	glob = strings.TrimSuffix(glob, "/")
	if dir, ok := strings.CutSuffix(glob, "/**"); ok && !strings.ContainsAny(dir, "*?[") {
		return dir + "/..."
	}
	i := strings.IndexAny(glob, "*?[")
	if i < 0 {
		return glob
	}
	dir := strings.TrimSuffix(glob[:strings.LastIndex(glob[:i+1], "/")+1], "/")
	t.note("vendor %s in: %s has a wildcard that external patterns cannot say; reserved %s/... instead, which takes more", vendor, glob, dir)
	return dir + "/..."
}

// unassignedPolicy: go-arch-lint reports files no component holds and
// imports of such packages, which is deny; but packages it never looks at
// (outside workdir, excluded) would then be reported, so those make it allow.
func (t *archLint) unassignedPolicy() {
	if len(t.checked) < len(t.pkgs) {
		t.d.Unassigned = "allow"
		t.d.UnassignedWhy = "go-arch-lint does not check the packages outside its workdir or excluded, and with warn or deny boundarylint would report them; imports of other unclaimed packages, which go-arch-lint reports, are therefore not reported"
		return
	}
	t.d.Unassigned = "deny"
	t.d.UnassignedWhy = "go-arch-lint reports files that no component holds and imports of their packages"
}

// fixOwners makes boundarylint give every package to the component
// go-arch-lint checks it as, where the most specific pattern would choose
// another: the holder lists the package itself; and it drops the patterns
// that are left with no package.
func (t *archLint) fixOwners() error {
	spec, err := t.parse()
	if err != nil {
		return err
	}
	for _, p := range t.checked {
		h := t.d.component(componentName(t.holder[p]))
		if h == nil {
			continue
		}
		if got := spec.ComponentOf(importPath(t.d.Module, p)); got == nil || got.Name != h.Name {
			h.Packages = slices.Compact(slices.Sorted(slices.Values(append(h.Packages, p))))
			for _, c := range t.d.Components {
				if c != h {
					c.Packages = slices.DeleteFunc(c.Packages, func(q string) bool { return q == p })
				}
			}
		}
	}
	if spec, err = t.parse(); err != nil {
		return err
	}
	for _, e := range spec.Unmatched(t.pkgs) {
		for _, c := range t.d.Components {
			for _, q := range c.Packages {
				if e.Pos.Line > 0 && strings.Contains(e.Msg, "pattern "+q+" of component "+c.Name+" ") {
					c.Packages = slices.DeleteFunc(c.Packages, func(x string) bool { return x == q })
				}
			}
		}
	}
	_, err = t.parse()
	return err
}

// parse renders the draft and loads it as boundarylint would.
func (t *archLint) parse() (*boundary.Spec, error) {
	var b bytes.Buffer
	if err := Render(&b, t.d); err != nil {
		return nil, err
	}
	spec, err := boundary.Parse(boundary.FileName, b.Bytes(), t.d.Module)
	if err != nil {
		return nil, fmt.Errorf("the translation does not load (a bug in init; please report it): %w", err)
	}
	return spec, nil
}

func importPath(module, rel string) string {
	if rel == "." {
		return module
	}
	return module + "/" + rel
}
