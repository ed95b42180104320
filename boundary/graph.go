package boundary

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
)

// The component graph and its one cycle finder. Both the spec's depends_on
// and the code's imports are checked for cycles here, with one criterion:
// a strongly connected set of components is a cycle to report unless every
// edge inside it joins a pair declared under mutual.

// Import is one import between two packages, as import paths.
type Import struct{ From, To string }

// ComponentEdge is an edge of the code's component graph.
type ComponentEdge struct {
	From, To *Component
	Witness  Import // the least import (by From, then To) that makes the edge
	Mutual   bool   // the pair is declared under mutual
}

// Cycle is a strongly connected set of two or more components of the code:
// each reaches every other through imports.
type Cycle struct {
	Components []*Component      // sorted by name
	Edges      []ComponentEdge   // every edge between its members, sorted by From, then To name
	Loop       []*Component      // when the edges form a single loop: that loop, closed, from the first member
	At         Import            // where it is reported: the witness of its first edge to break (Spec.CycleBreaks)
	byPair     map[[2]string]int // index into Edges
}

// ImportCycles returns the component cycles of a module's import graph
// (each importing package's path to the paths it imports) that the spec
// does not allow, that is, those with an edge not declared under mutual,
// in order of their first component's name. Packages outside the module or
// claimed by no component take no part.
func (s *Spec) ImportCycles(imports map[string][]string) []Cycle {
	edges := map[[2]*Component]Import{}
	for from, tos := range imports {
		a := s.ComponentOf(from)
		if a == nil {
			continue
		}
		for _, to := range tos {
			b := s.ComponentOf(to)
			if b == nil || b == a {
				continue
			}
			key, w := [2]*Component{a, b}, Import{from, to}
			if old, ok := edges[key]; !ok || w.From < old.From || w.From == old.From && w.To < old.To {
				edges[key] = w
			}
		}
	}
	g := newNameGraph()
	for key := range edges {
		g.add(key[0], key[1])
	}
	var out []Cycle
	for _, members := range g.stronglyConnected() {
		c := Cycle{Components: members, byPair: map[[2]string]int{}}
		in := map[*Component]bool{}
		for _, m := range members {
			in[m] = true
		}
		for _, a := range members {
			for _, b := range g.succ[a] {
				if in[b] {
					c.byPair[[2]string{a.Name, b.Name}] = len(c.Edges)
					c.Edges = append(c.Edges, ComponentEdge{From: a, To: b, Witness: edges[[2]*Component{a, b}], Mutual: s.IsMutual(a, b)})
				}
			}
		}
		first := c.firstForbidden()
		if first < 0 {
			continue // every edge is declared mutual
		}
		c.At = c.Edges[first].Witness
		if breaks := s.CycleBreaks(c); len(breaks) > 0 {
			c.At = breaks[0].Witness // on an import to break, not on an allowed one
		}
		if len(c.Edges) == len(members) {
			c.Loop = g.loopThrough(c.Edges[0].From, c.Edges[0].To, in)
		}
		out = append(out, c)
	}
	return out
}

// Edge returns the edge from a to b of the cycle, if it has one.
func (c Cycle) Edge(a, b *Component) (ComponentEdge, bool) {
	i, ok := c.byPair[[2]string{a.Name, b.Name}]
	if !ok {
		return ComponentEdge{}, false
	}
	return c.Edges[i], true
}

func (c Cycle) firstForbidden() int {
	for i, e := range c.Edges {
		if !e.Mutual {
			return i
		}
	}
	return -1
}

// IsMutual reports whether a and b are declared under mutual: a pair that
// may import each other, whose loop is not a cycle to report.
func (s *Spec) IsMutual(a, b *Component) bool {
	for _, m := range s.Mutual {
		if m.A.Name == a.Name && m.B.Name == b.Name || m.A.Name == b.Name && m.B.Name == a.Name {
			return true
		}
	}
	return false
}

// nameGraph is a directed graph of components whose successor lists are
// sorted by name, so that every walk over it is deterministic.
type nameGraph struct {
	nodes []*Component
	succ  map[*Component][]*Component
}

func newNameGraph() *nameGraph { return &nameGraph{succ: map[*Component][]*Component{}} }

func (g *nameGraph) add(a, b *Component) {
	for _, n := range []*Component{a, b} {
		if _, ok := g.succ[n]; !ok {
			g.succ[n] = nil
			g.nodes = append(g.nodes, n)
		}
	}
	g.succ[a] = append(g.succ[a], b)
}

func (g *nameGraph) sort() {
	byName := func(list []*Component) {
		sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	}
	byName(g.nodes)
	for _, s := range g.succ {
		byName(s)
	}
}

// stronglyConnected returns the strongly connected sets of two or more
// nodes (StronglyConnected over the names), each sorted by name, in order
// of their first member's name.
func (g *nameGraph) stronglyConnected() [][]*Component {
	g.sort()
	byName := make(map[string]*Component, len(g.nodes))
	names := make([]string, len(g.nodes))
	for i, n := range g.nodes {
		byName[n.Name], names[i] = n, n.Name
	}
	succ := func(name string) []string {
		var out []string
		for _, w := range g.succ[byName[name]] {
			out = append(out, w.Name)
		}
		return out
	}
	var out [][]*Component
	for _, set := range StronglyConnected(names, succ) {
		if len(set) < 2 {
			continue
		}
		members := make([]*Component, len(set))
		for i, name := range set {
			members[i] = byName[name]
		}
		out = append(out, members)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0].Name < out[j][0].Name })
	return out
}

// loopThrough returns the shortest loop that takes the edge a -> b and
// stays inside the set in, closed (it ends with a), or nil.
func (g *nameGraph) loopThrough(a, b *Component, in map[*Component]bool) []*Component {
	parent := map[*Component]*Component{b: nil}
	queue := []*Component{b}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		if v == a {
			var path []*Component
			for u := v; u != nil; u = parent[u] {
				path = append([]*Component{u}, path...)
			}
			return append([]*Component{a}, path...)
		}
		for _, w := range g.succ[v] {
			if _, seen := parent[w]; !seen && in[w] {
				parent[w] = v
				queue = append(queue, w)
			}
		}
	}
	return nil
}

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

// CyclesDigest hashes what the cycle rule reports: each cycle's members,
// edges and witnesses. A vet tool that puts it in its -V=full answer makes
// go vet's cache, keyed on each package's own sources and dependencies,
// follow a cycle that a change anywhere in the module opens or closes.
func CyclesDigest(cycles []Cycle) string {
	h := sha256.New()
	for _, c := range cycles {
		for _, e := range c.Edges {
			fmt.Fprintf(h, "%s>%s %s>%s %v\n", e.From.Name, e.To.Name, e.Witness.From, e.Witness.To, e.Mutual)
		}
		fmt.Fprintf(h, "@%s>%s\n", c.At.From, c.At.To)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// SavedCycle is a Cycle by component names, for a file that a process
// with the same spec reads back (LoadCycles): go vet's per-package
// processes take the cycles the run's -V=full step found instead of each
// searching the whole module again.
type SavedCycle struct {
	Edges []SavedEdge
	Loop  []string `json:",omitempty"`
	At    Import
}

// SavedEdge is a ComponentEdge by component names.
type SavedEdge struct {
	From, To string
	Witness  Import
	Mutual   bool `json:",omitempty"`
}

// SaveCycles returns the cycles by component names.
func SaveCycles(cycles []Cycle) []SavedCycle {
	out := make([]SavedCycle, len(cycles))
	for i, c := range cycles {
		out[i].At = c.At
		for _, e := range c.Edges {
			out[i].Edges = append(out[i].Edges, SavedEdge{From: e.From.Name, To: e.To.Name, Witness: e.Witness, Mutual: e.Mutual})
		}
		for _, m := range c.Loop {
			out[i].Loop = append(out[i].Loop, m.Name)
		}
	}
	return out
}

// LoadCycles turns saved cycles back into the spec's cycles; it fails on
// a component the spec does not have (cycles saved for another spec).
func (s *Spec) LoadCycles(saved []SavedCycle) ([]Cycle, error) {
	var out []Cycle
	comp := func(name string) (*Component, error) {
		if c := s.Component(name); c != nil {
			return c, nil
		}
		return nil, fmt.Errorf("saved cycle: no component %s in %s", name, s.Name)
	}
	for _, sc := range saved {
		c := Cycle{At: sc.At, byPair: map[[2]string]int{}}
		members := map[*Component]bool{}
		for _, e := range sc.Edges {
			a, err := comp(e.From)
			if err != nil {
				return nil, err
			}
			b, err := comp(e.To)
			if err != nil {
				return nil, err
			}
			members[a], members[b] = true, true
			c.byPair[[2]string{a.Name, b.Name}] = len(c.Edges)
			c.Edges = append(c.Edges, ComponentEdge{From: a, To: b, Witness: e.Witness, Mutual: e.Mutual})
		}
		for _, name := range sc.Loop {
			m, err := comp(name)
			if err != nil {
				return nil, err
			}
			c.Loop = append(c.Loop, m)
		}
		for m := range members {
			c.Components = append(c.Components, m)
		}
		sort.Slice(c.Components, func(i, j int) bool { return c.Components[i].Name < c.Components[j].Name })
		out = append(out, c)
	}
	return out, nil
}
