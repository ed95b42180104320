package imports

import (
	"sort"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// componentGraph is the component-level graph of the code: for each edge
// between two components, the first package import (by path) that makes it.
type componentGraph map[[2]string]edgeWitness

type edgeWitness struct{ from, to string }

// checkCycles reports each component cycle once: in the lowest package
// whose dependencies show the whole cycle, that is, a package that sees it
// while none of its direct imports sees it alone. A cycle that no single
// package depends on completely is not visible to a per-package analysis;
// the composition root, which imports every component, usually sees it.
func (c *checker) checkCycles(g importGraph) {
	var imps []importSpec
	for _, imp := range c.imports() {
		if _, in := c.spec.Rel(imp.path); in && !imp.test {
			imps = append(imps, imp) // production code only: a package and its test variant see the same cycles
		}
	}
	mg := c.moduleGraphOf(g, imps)
	whole := c.componentEdges(mg, true, imps)
	cycles := stronglyConnected(whole)
	if len(cycles) == 0 {
		return
	}
	below := make([]componentGraph, len(imps))
	for i := range imps {
		below[i] = c.componentEdges(mg, false, imps[i:i+1])
		for key := range stronglyConnected(below[i]) {
			delete(cycles, key) // a lower package sees it and reports it
		}
	}
	keys := make([]string, 0, len(cycles))
	for k := range cycles {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		cycle := shortestCycle(whole, cycles[key])
		for i, imp := range imps {
			if c.closes(imp, below[i], cycle) {
				c.reportCycle(imp, cycle, whole)
				break
			}
		}
	}
}

// closes reports whether the import, or what it reaches, makes an edge of the cycle.
func (c *checker) closes(imp importSpec, below componentGraph, cycle []string) bool {
	for i := 0; i+1 < len(cycle); i++ {
		edge := [2]string{cycle[i], cycle[i+1]}
		if _, ok := below[edge]; ok {
			return true
		}
		if from, to := c.comp, c.componentOf(imp.path); to != nil && edge == [2]string{from.Name, to.Name} {
			return true
		}
	}
	return false
}

func (c *checker) reportCycle(imp importSpec, cycle []string, g componentGraph) {
	var because []string
	for i := 0; i+1 < len(cycle); i++ {
		w := g[[2]string{cycle[i], cycle[i+1]}]
		because = append(because, c.rel(w.from)+" imports "+c.rel(w.to))
	}
	f := finding.Finding{Rule: finding.ImportsCycle, ToComponent: suppress.ComponentName(c.componentOf(imp.path)), ToPackage: imp.path,
		Subject: finding.Subject{Kind: finding.SubjectCycle, Name: strings.Join(cycle, " -> ")}}
	c.reportf(imp.spec, f, "component cycle %s: %s; remove one of these imports",
		strings.Join(cycle, " -> "), strings.Join(because, ", "))
}

// moduleGraph is the module's part of the import graph below the package,
// with packages numbered so that the walks of checkCycles, one per import,
// index slices instead of hashing paths.
type moduleGraph struct {
	paths []string
	comps []*boundary.Component
	succ  [][]int32
	ids   map[string]int32
}

// moduleGraphOf numbers the module packages reachable from the imports.
func (c *checker) moduleGraphOf(g importGraph, imps []importSpec) *moduleGraph {
	mg := &moduleGraph{ids: map[string]int32{}}
	var queue []int32
	id := func(path string) int32 {
		n, ok := mg.ids[path]
		if !ok {
			n = int32(len(mg.paths))
			mg.ids[path] = n
			mg.paths = append(mg.paths, path)
			mg.comps = append(mg.comps, c.componentOf(path))
			mg.succ = append(mg.succ, nil)
			queue = append(queue, n)
		}
		return n
	}
	for _, imp := range imps {
		id(imp.path)
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, next := range g[mg.paths[n]] {
			if _, in := c.spec.Rel(next); in {
				m := id(next)
				mg.succ[n] = append(mg.succ[n], m)
			}
		}
	}
	return mg
}

// componentEdges builds the component graph of the packages reachable from
// the imports, adding the edges of the package itself when own is set.
func (c *checker) componentEdges(mg *moduleGraph, own bool, imps []importSpec) componentGraph {
	edges := map[[2]*boundary.Component]edgeWitness{} // keyed by pointers: cheaper to hash than names, on every edge
	add := func(a, b *boundary.Component, from, to string) {
		if a == nil || b == nil || a == b {
			return
		}
		key := [2]*boundary.Component{a, b}
		if w, ok := edges[key]; !ok || from < w.from || from == w.from && to < w.to {
			edges[key] = edgeWitness{from, to}
		}
	}
	seen := make([]bool, len(mg.paths))
	var queue []int32
	for _, imp := range imps {
		n := mg.ids[imp.path]
		if own {
			add(c.comp, mg.comps[n], c.path, imp.path)
		}
		if !seen[n] {
			seen[n] = true
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range mg.succ[n] {
			add(mg.comps[n], mg.comps[m], mg.paths[n], mg.paths[m])
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	named := make(componentGraph, len(edges))
	for key, w := range edges {
		named[[2]string{key[0].Name, key[1].Name}] = w
	}
	return named
}

// stronglyConnected returns the strongly connected components of the graph
// with two or more members, keyed by their sorted member names.
func stronglyConnected(g componentGraph) map[string][]string {
	succ := map[string][]string{}
	var nodes []string
	for e := range g {
		if succ[e[0]] == nil {
			nodes = append(nodes, e[0])
		}
		succ[e[0]] = append(succ[e[0]], e[1])
	}
	out := map[string][]string{}
	for _, members := range boundary.StronglyConnected(nodes, func(v string) []string { return succ[v] }) {
		if len(members) > 1 {
			out[strings.Join(members, ",")] = members
		}
	}
	return out
}

// shortestCycle returns the shortest cycle through the first (by name)
// member of a strongly connected component, as a closed list of names.
func shortestCycle(g componentGraph, members []string) []string {
	in := map[string]bool{}
	for _, m := range members {
		in[m] = true
	}
	start := members[0]
	parent := map[string]string{}
	queue := []string{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, w := range successors(g, v) {
			if !in[w] {
				continue
			}
			if w == start {
				cycle := []string{start}
				for u := v; u != start; u = parent[u] {
					cycle = append([]string{u}, cycle...)
				}
				return append([]string{start}, cycle...)
			}
			if _, ok := parent[w]; !ok {
				parent[w] = v
				queue = append(queue, w)
			}
		}
	}
	return nil
}

func successors(g componentGraph, v string) []string {
	var out []string
	for e := range g {
		if e[0] == v {
			out = append(out, e[1])
		}
	}
	sort.Strings(out)
	return out
}
