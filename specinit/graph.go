package specinit

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// edge is the imports from one component to another: one witness, how
// many package imports make it, and where each import is written.
type edge struct {
	witness string   // the first, as "p imports q"
	imports int      // import statements: its weight when a loop must be broken
	sites   []string // "file:line" of every import statement, module-relative
}

// edgeSet holds the imports between components: from -> to -> edge.
type edgeSet map[string]map[string]*edge

func (e edgeSet) add(from, to, witness string, sites []string) {
	if e[from] == nil {
		e[from] = map[string]*edge{}
	}
	x := e[from][to]
	if x == nil {
		x = &edge{witness: witness}
		e[from][to] = x
	}
	x.imports += max(1, len(sites)) // import statements, the unit findings count
	x.sites = append(x.sites, sites...)
}

// targets returns the components from imports, sorted.
func (e edgeSet) targets(from string) []string {
	var out []string
	for to := range e[from] {
		out = append(out, to)
	}
	sort.Strings(out)
	return out
}

func (e edgeSet) importedBy(to string) []string {
	var out []string
	for from, tos := range e {
		if _, ok := tos[to]; ok {
			out = append(out, from)
		}
	}
	sort.Strings(out)
	return out
}

// resolveCycles makes the components' imports a valid depends_on, since
// depends_on may not form a cycle, while every component stays where the
// layout put it: two components that import each other are declared under
// mutual, and of the longer loops left (between chains of mutual pairs) a
// small set of imports, the fewest and lightest that break every loop
// (boundary.LoopBreaks, as the cycle finding names them), is left out of
// depends_on and recorded as debt: each of its imports is a finding the
// baseline holds, at a file:line to cut. The debt's edges are removed
// from e.
func resolveCycles(d *Draft, e edgeSet) {
	var names []string
	for _, c := range d.Components {
		names = append(names, c.Name)
	}
	sort.Strings(names)
	pair := func(a, b string) bool { return e[a][b] != nil && e[b][a] != nil }
	var arcs []boundary.Arc
	for _, a := range names {
		for _, b := range e.targets(a) {
			arcs = append(arcs, boundary.Arc{From: a, To: b, Weight: e[a][b].imports})
			if a < b && pair(a, b) {
				d.Mutual = append(d.Mutual, &MutualPair{A: a, B: b, Because: []string{
					fmt.Sprintf("%s -> %s: %s", a, b, e[a][b].witness), fmt.Sprintf("%s -> %s: %s", b, a, e[b][a].witness)}})
				d.Notes = append(d.Notes, fmt.Sprintf("%s and %s import each other, so the proposal declares the pair under mutual: break one direction, then remove it", a, b))
			}
		}
	}
	n := 0
	for _, arc := range boundary.LoopBreaks(arcs, pair) {
		x := e[arc.From][arc.To]
		d.Debt = append(d.Debt, &Debt{From: arc.From, To: arc.To, Imports: x.imports, Sites: x.sites})
		n += x.imports
	}
	for _, x := range d.Debt {
		delete(e[x.From], x.To)
	}
	if n > 0 {
		d.Notes = append(d.Notes, fmt.Sprintf("%s (%s between components) close loops that mutual cannot declare, so depends_on leaves them out: each is listed with its file:line above its component, and the baseline `boundarylint init -o` writes records them as findings to cut", plural(n, "import"), plural(len(d.Debt), "edge")))
	}
}

// manyComponents is how many components a component nothing imports must
// import to be taken for wiring code (an internal/cli, a server package
// that builds every service) when it is neither under cmd nor a main: at
// least 3, and a quarter of the components.
func manyComponents(d *Draft) int { return max(3, len(d.Components)/4) }

// markRoots makes a composition root of each component that is wiring
// code, cmd packages and a package main (the module's root main among
// them), and that nothing imports, since nothing may import a root. A
// component that imports many components and that one root alone imports
// (the internal/cli a root main calls) is wiring code too: it joins that
// root, since a root may not import another.
func markRoots(d *Draft, e edgeSet, m *module) {
	for _, c := range d.Components {
		cmd := !slices.ContainsFunc(c.Packages, func(p string) bool { return !under(p, "cmd") })
		main := slices.ContainsFunc(m.pkgs, func(p string) bool {
			return m.names[m.slot[p].dir] == c.Name && m.code[p].name == "main"
		})
		if !cmd && !main {
			continue
		}
		if by := e.importedBy(c.Name); len(by) > 0 {
			c.Comments = append(c.Comments, fmt.Sprintf("Not a composition root: %s import it, and nothing may import a root.", strings.Join(by, ", ")))
			continue
		}
		c.CompositionRoot = true
	}
	for more := true; more; {
		more = false
		for _, c := range d.Components {
			by := e.importedBy(c.Name)
			n := len(e.targets(c.Name))
			if c.CompositionRoot || n < manyComponents(d) || len(by) != 1 || !d.component(by[0]).CompositionRoot {
				continue
			}
			fold(d, e, c, d.component(by[0]))
			more = true
			break
		}
	}
}

// fold moves the packages and imports of c into the root r.
func fold(d *Draft, e edgeSet, c, r *Component) {
	r.Packages = append(r.Packages, c.Packages...)
	sort.Strings(r.Packages)
	r.Comments = append(r.Comments, fmt.Sprintf("%s joins this composition root: only it imports %s, which imports %d components, so it is taken for wiring code.", strings.Join(c.Packages, ", "), c.Name, len(e.targets(c.Name))))
	delete(e[r.Name], c.Name)
	for to, x := range e[c.Name] {
		if to == r.Name {
			continue
		}
		if e[r.Name] == nil {
			e[r.Name] = map[string]*edge{}
		}
		if y := e[r.Name][to]; y != nil {
			y.imports += x.imports
			y.sites = append(y.sites, x.sites...)
		} else {
			e[r.Name][to] = x
		}
	}
	delete(e, c.Name)
	d.Components = slices.DeleteFunc(d.Components, func(o *Component) bool { return o == c })
	d.Notes = append(d.Notes, fmt.Sprintf("%s, which imports many components and only the composition root %s imports, joins %s", c.Name, r.Name, r.Name))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
