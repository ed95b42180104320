package boundary

import (
	"cmp"
	"maps"
	"slices"
)

// Arc is a weighted directed edge between two named nodes: for components,
// how many package imports make the edge.
type Arc struct {
	From, To string
	Weight   int
}

// FeedbackArcs returns a small set of arcs whose removal leaves the graph
// acyclic: the imports to break so that a tangle of components becomes a
// hierarchy. Finding the lightest such set is NP-hard, so this is the
// greedy heuristic of Eades, Lin and Smyth (1993), weighted: it orders the
// nodes by repeatedly taking off sinks (placed last) and sources (placed
// first) and otherwise the node whose outgoing weight most exceeds its
// incoming weight, and the arcs that point backwards in that order are the
// candidates. Then each candidate, heaviest first, is put back when it
// closes no cycle with the arcs kept, so no arc of the result is
// redundant: the set is small in number and light in imports. init uses it
// to leave imports out of a proposed spec, and the imports analyzer to
// name, in a cycle finding, the imports that break every loop; both get
// the same answer for the same graph, since ties go by name.
//
// Self-loops are ignored. The result is sorted by From, then To.
func FeedbackArcs(arcs []Arc) []Arc {
	var nodes []string
	out, in := map[string]map[string]int{}, map[string]map[string]int{}
	for _, a := range arcs {
		if a.From == a.To {
			continue
		}
		for _, n := range []string{a.From, a.To} {
			if out[n] == nil {
				out[n], in[n] = map[string]int{}, map[string]int{}
				nodes = append(nodes, n)
			}
		}
		out[a.From][a.To] += a.Weight
		in[a.To][a.From] += a.Weight
	}
	slices.Sort(nodes)
	pos := map[string]int{}
	for i, n := range greedyOrder(nodes, out, in) {
		pos[n] = i
	}
	var back, kept []Arc
	for _, from := range nodes {
		for _, to := range slices.Sorted(maps.Keys(out[from])) {
			a := Arc{From: from, To: to, Weight: out[from][to]}
			if pos[to] < pos[from] {
				back = append(back, a)
			} else {
				kept = append(kept, a)
			}
		}
	}
	slices.SortStableFunc(back, func(a, b Arc) int { return cmp.Compare(b.Weight, a.Weight) })
	var fas []Arc
	for _, a := range back {
		if reaches(kept, a.To, a.From) {
			fas = append(fas, a)
		} else {
			kept = append(kept, a)
		}
	}
	slices.SortFunc(fas, func(a, b Arc) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return fas
}

// greedyOrder is the Eades-Lin-Smyth ordering of nodes, with ties taken
// by name.
func greedyOrder(nodes []string, out, in map[string]map[string]int) []string {
	left := map[string]bool{}
	for _, n := range nodes {
		left[n] = true
	}
	weight := func(m map[string]int) (w int, any bool) {
		for o, x := range m {
			if left[o] {
				w, any = w+x, true
			}
		}
		return w, any
	}
	var head, tail []string
	take := func(n string) { delete(left, n) }
	for len(left) > 0 {
		progress := false
		for _, n := range nodes {
			if _, has := weight(out[n]); left[n] && !has {
				tail = append(tail, n) // a sink: placed last, so reversed below
				take(n)
				progress = true
			}
		}
		for _, n := range nodes {
			if _, has := weight(in[n]); left[n] && !has {
				head = append(head, n)
				take(n)
				progress = true
			}
		}
		if progress {
			continue
		}
		best, bestDelta := "", 0
		for _, n := range nodes {
			if !left[n] {
				continue
			}
			o, _ := weight(out[n])
			i, _ := weight(in[n])
			if best == "" || o-i > bestDelta {
				best, bestDelta = n, o-i
			}
		}
		head = append(head, best)
		take(best)
	}
	slices.Reverse(tail)
	return append(head, tail...)
}

// reaches reports whether to is reachable from from over arcs.
func reaches(arcs []Arc, from, to string) bool {
	succ := map[string][]string{}
	for _, a := range arcs {
		succ[a.From] = append(succ[a.From], a.To)
	}
	seen := map[string]bool{from: true}
	stack := []string{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == to {
			return true
		}
		for _, s := range succ[n] {
			if !seen[s] {
				seen[s] = true
				stack = append(stack, s)
			}
		}
	}
	return false
}
