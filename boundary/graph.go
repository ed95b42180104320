package boundary

import (
	"slices"
	"sort"
)

// StronglyConnected returns the strongly connected sets of the graph over
// nodes whose edges succ gives (Tarjan's algorithm), each set sorted, the
// sets in reverse topological order of the condensed graph, visiting nodes
// in sorted order so the answer is deterministic. Singletons are included.
func StronglyConnected(nodes []string, succ func(string) []string) [][]string {
	index, low, onStack := map[string]int{}, map[string]int{}, map[string]bool{}
	var stack []string
	var out [][]string
	var visit func(v string)
	visit = func(v string) {
		index[v], low[v] = len(index), len(index)
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range succ(v) {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		var set []string
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[w] = false
			set = append(set, w)
			if w == v {
				break
			}
		}
		sort.Strings(set)
		out = append(out, set)
	}
	for _, v := range slices.Sorted(slices.Values(nodes)) {
		if _, seen := index[v]; !seen {
			visit(v)
		}
	}
	return out
}
