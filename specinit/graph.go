package specinit

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// edgeSet holds the imports between components: from -> to -> one import
// that witnesses the edge.
type edgeSet map[string]map[string]string

func (e edgeSet) add(from, to, witness string) {
	if e[from] == nil {
		e[from] = map[string]string{}
	}
	if _, ok := e[from][to]; !ok {
		e[from][to] = witness
	}
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

// rename relabels the components in members as name, dropping the edges
// that fall inside it.
func (e edgeSet) rename(members []string, name string) {
	in := func(c string) bool { return slices.Contains(members, c) }
	for from, tos := range e {
		for to, w := range tos {
			if in(from) || in(to) {
				delete(tos, to)
				f, t := from, to
				if in(f) {
					f = name
				}
				if in(t) {
					t = name
				}
				if f != t {
					e.add(f, t, w)
				}
			}
		}
	}
}

// mergeCycles resolves each set of components that import one another in
// a cycle, since depends_on may not form one. Where every import between
// them goes both ways (a pair, or a chain of pairs), the pairs are declared
// under mutual and the components stay apart; otherwise the set becomes one
// component, which says which imports to break before it can be split.
func mergeCycles(d *Draft, e edgeSet) {
	var names []string
	for _, c := range d.Components {
		names = append(names, c.Name)
	}
	for _, scc := range boundary.StronglyConnected(names, e.targets) {
		if len(scc) < 2 {
			continue
		}
		if pairs := twoWay(scc, e); pairs != nil {
			for _, p := range pairs {
				d.Mutual = append(d.Mutual, p)
				d.Notes = append(d.Notes, fmt.Sprintf("%s and %s import each other, so the proposal declares the pair under mutual: break one direction, then remove it", p.A, p.B))
			}
			continue
		}
		merge(d, e, scc)
	}
	sort.Slice(d.Mutual, func(i, j int) bool {
		return d.Mutual[i].A < d.Mutual[j].A || d.Mutual[i].A == d.Mutual[j].A && d.Mutual[i].B < d.Mutual[j].B
	})
}

// twoWay returns the pairs of the strongly connected members when each
// import between them has one the other way, else nil.
func twoWay(members []string, e edgeSet) []*MutualPair {
	var pairs []*MutualPair
	for _, a := range members {
		for _, b := range e.targets(a) {
			if !slices.Contains(members, b) {
				continue
			}
			back, ok := e[b][a]
			if !ok {
				return nil
			}
			if a < b {
				pairs = append(pairs, &MutualPair{A: a, B: b, Because: []string{
					fmt.Sprintf("%s -> %s: %s", a, b, e[a][b]), fmt.Sprintf("%s -> %s: %s", b, a, back)}})
			}
		}
	}
	return pairs
}

// merge makes the members one component.
func merge(d *Draft, e edgeSet, scc []string) {
	merged := &Component{Name: cycleName(scc)}
	merged.Comments = append(merged.Comments,
		fmt.Sprintf("%s import one another in a cycle today, so they are one component:", strings.Join(scc, ", ")),
		"depends_on may not form a cycle. Break these imports, then split it:")
	for _, from := range scc {
		for _, to := range e.targets(from) {
			if slices.Contains(scc, to) {
				merged.Comments = append(merged.Comments, fmt.Sprintf("  %s -> %s: %s", from, to, e[from][to]))
			}
		}
	}
	var kept []*Component
	for _, c := range d.Components {
		if slices.Contains(scc, c.Name) {
			merged.Packages = append(merged.Packages, c.Packages...)
		} else {
			kept = append(kept, c)
		}
	}
	sort.Strings(merged.Packages)
	d.Components = append(kept, merged)
	e.rename(scc, merged.Name)
	d.Notes = append(d.Notes, fmt.Sprintf("%s import one another in a cycle, so the proposal makes them one component, %s", strings.Join(scc, ", "), merged.Name))
}

// cycleName names a merged component after its members, or after the
// first of them when that would be long.
func cycleName(members []string) string {
	if name := strings.Join(members, "-"); len(name) <= 40 {
		return name
	}
	return fmt.Sprintf("%s-and-%d-more", members[0], len(members)-1)
}

// markRoots makes each component of cmd packages a composition root,
// unless another component imports it: nothing may import a root.
func markRoots(d *Draft, e edgeSet) {
	for _, c := range d.Components {
		if slices.ContainsFunc(c.Packages, func(p string) bool { return !under(p, "cmd") }) {
			continue
		}
		if by := e.importedBy(c.Name); len(by) > 0 {
			c.Comments = append(c.Comments, fmt.Sprintf("Not a composition root: %s import it, and nothing may import a root.", strings.Join(by, ", ")))
			continue
		}
		c.CompositionRoot = true
	}
}
