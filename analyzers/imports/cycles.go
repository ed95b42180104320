package imports

import (
	"sort"
	"strings"
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
		if _, in := c.spec.Rel(imp.path); in {
			imps = append(imps, imp)
		}
	}
	whole := c.componentEdges(g, c.path, imps)
	cycles := stronglyConnected(whole)
	if len(cycles) == 0 {
		return
	}
	below := make([]componentGraph, len(imps))
	for i := range imps {
		below[i] = c.componentEdges(g, "", imps[i:i+1])
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
	c.reportf(imp.spec, "cycle", "component cycle %s: %s; remove one of these imports",
		strings.Join(cycle, " -> "), strings.Join(because, ", "))
}

// componentEdges builds the component graph of the packages reachable from
// the imports, adding the edges of the package from itself unless from is "".
func (c *checker) componentEdges(g importGraph, from string, imps []importSpec) componentGraph {
	edges := componentGraph{}
	add := func(from, to string) {
		a, b := c.componentOf(from), c.componentOf(to)
		if a == nil || b == nil || a == b {
			return
		}
		key := [2]string{a.Name, b.Name}
		if w, ok := edges[key]; !ok || from < w.from || from == w.from && to < w.to {
			edges[key] = edgeWitness{from, to}
		}
	}
	seen := map[string]bool{}
	var queue []string
	for _, imp := range imps {
		if from != "" {
			add(from, imp.path)
		}
		if !seen[imp.path] {
			seen[imp.path] = true
			queue = append(queue, imp.path)
		}
	}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, next := range g[p] {
			if _, in := c.spec.Rel(next); !in {
				continue
			}
			add(p, next)
			if !seen[next] {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	return edges
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
	sort.Strings(nodes)
	// Tarjan's algorithm; the component graph has one node per component, so recursion depth is small.
	index, low, onStack := map[string]int{}, map[string]int{}, map[string]bool{}
	var stack []string
	out := map[string][]string{}
	var visit func(v string)
	visit = func(v string) {
		index[v], low[v] = len(index), len(index)
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range succ[v] {
			if _, ok := index[w]; !ok {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		var members []string
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[w] = false
			members = append(members, w)
			if w == v {
				break
			}
		}
		if len(members) > 1 {
			sort.Strings(members)
			out[strings.Join(members, ",")] = members
		}
	}
	for _, v := range nodes {
		if _, ok := index[v]; !ok {
			visit(v)
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
