package boundary

import (
	"cmp"
	"slices"
)

// LoopBreaks returns the arcs to remove from a component graph so that
// every loop left runs through pairs declared under mutual only, which is
// what the spec accepts: pairs that mutual joins form chains, an arc one
// way round inside a chain must go, and of the arcs between chains, those
// FeedbackArcs picks (the fewest and lightest that break every loop). init
// uses it to decide which imports a proposal leaves out of depends_on, the
// cycle finding to name the imports to break and to sit on one of them.
// The result is sorted by From, then To.
func LoopBreaks(arcs []Arc, mutual func(a, b string) bool) []Arc {
	chain := map[string]string{} // union-find over the mutual pairs
	find := func(n string) string {
		for chain[n] != "" {
			n = chain[n]
		}
		return n
	}
	for _, a := range arcs {
		if mutual(a.From, a.To) {
			if x, y := find(a.From), find(a.To); x != y {
				chain[max(x, y)] = min(x, y)
			}
		}
	}
	var breaks, between []Arc
	under := map[[2]string][]Arc{} // chains -> the arcs between them
	for _, a := range arcs {
		if a.From == a.To || mutual(a.From, a.To) {
			continue
		}
		x, y := find(a.From), find(a.To)
		if x == y {
			breaks = append(breaks, a)
			continue
		}
		under[[2]string{x, y}] = append(under[[2]string{x, y}], a)
		between = append(between, Arc{From: x, To: y, Weight: a.Weight})
	}
	for _, f := range FeedbackArcs(between) {
		breaks = append(breaks, under[[2]string{f.From, f.To}]...)
	}
	slices.SortFunc(breaks, func(a, b Arc) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return slices.CompactFunc(breaks, func(a, b Arc) bool { return a.From == b.From && a.To == b.To })
}

// allowedWeight is what breaking an edge the spec allows costs, against 1
// for an edge it forbids: a depends_on entry is a decision, an import that
// breaks the spec is debt, so the imports to break are the forbidden ones
// wherever they break every loop.
const allowedWeight = 1000

// CycleBreaks returns the edges of the cycle whose imports break every
// loop in it that mutual does not declare (LoopBreaks), weighing an edge
// the spec allows far above one it does not; the same for the same cycle
// in every mode, since it depends on the edges and the spec alone.
func (s *Spec) CycleBreaks(c Cycle) []ComponentEdge {
	var arcs []Arc
	for _, e := range c.Edges {
		w := 1
		if e.From.MayUse(e.To) {
			w = allowedWeight
		}
		arcs = append(arcs, Arc{From: e.From.Name, To: e.To.Name, Weight: w})
	}
	var out []ComponentEdge
	for _, a := range LoopBreaks(arcs, func(a, b string) bool { return s.IsMutual(s.Component(a), s.Component(b)) }) {
		i, ok := c.byPair[[2]string{a.From, a.To}]
		if ok {
			out = append(out, c.Edges[i])
		}
	}
	return out
}
