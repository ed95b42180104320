package drift

import (
	"cmp"
	"fmt"
	"slices"
)

// Report is the comparison of two snapshots.
type Report struct {
	Pairs          []Pair   `json:"pairs"`
	New            int      `json:"new"`
	Fixed          int      `json:"fixed"`
	Remaining      int      `json:"remaining"`
	Undeclared     []Edge   `json:"undeclared_edges"`     // code edges the spec does not allow, now
	NewUndeclared  []string `json:"new_undeclared_edges"` // of which new since before
	Unused         []string `json:"unused_depends_on"`    // depends_on entries the code does not use, now
	Unclaimed      []string `json:"unclaimed"`            // now
	NewUnclaimed   []string `json:"new_unclaimed"`
	BaselineBefore int      `json:"baseline_before"`
	BaselineAfter  int      `json:"baseline_after"`
	SpecChanged    bool     `json:"spec_changed"`
	// Worse: a new finding, a new undeclared edge or a new unclaimed
	// package. The command's exit status says so.
	Worse bool `json:"worse"`
}

// Pair is the findings of one rule between two components, in test code
// or not.
type Pair struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Rule      string `json:"rule"`
	Test      bool   `json:"test"`
	New       int    `json:"new"`
	Fixed     int    `json:"fixed"`
	Remaining int    `json:"remaining"`
}

// Compare reports what changed from before to after. Findings are matched
// by key, and by whether they are in test code, and counted: a key with
// three findings before and two after has one fixed and two remaining.
// Pairs in test code come after the others.
func Compare(before, after *Snapshot) *Report {
	r := &Report{BaselineBefore: before.Baseline, BaselineAfter: after.Baseline, SpecChanged: before.SpecHash != after.SpecHash,
		Pairs: []Pair{}, Undeclared: []Edge{}, NewUndeclared: []string{}, Unused: after.Unused, Unclaimed: after.Unclaimed, NewUnclaimed: []string{}}
	apart := before.Version >= 2 && after.Version >= 2
	b, a := before.byPair(apart), after.byPair(apart)
	for _, p := range unionKeys(b, a) {
		pair := Pair{From: p.From, To: p.To, Rule: p.Rule, Test: p.Test}
		for _, k := range unionKeys(b[p], a[p]) {
			was, is := b[p][k], a[p][k]
			pair.Remaining += min(was, is)
			pair.New += max(is-was, 0)
			pair.Fixed += max(was-is, 0)
		}
		r.New += pair.New
		r.Fixed += pair.Fixed
		r.Remaining += pair.Remaining
		r.Pairs = append(r.Pairs, pair)
	}
	slices.SortFunc(r.Pairs, func(x, y Pair) int {
		return cmp.Or(boolCmp(x.Test, y.Test), cmp.Compare(y.New, x.New), cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To), cmp.Compare(x.Rule, y.Rule))
	})
	wasUndeclared := map[string]bool{}
	for _, e := range before.Edges {
		if !e.Declared {
			wasUndeclared[e.From+" -> "+e.To] = true
		}
	}
	for _, e := range after.Edges {
		if !e.Declared {
			r.Undeclared = append(r.Undeclared, e)
			if !wasUndeclared[e.From+" -> "+e.To] {
				r.NewUndeclared = append(r.NewUndeclared, e.From+" -> "+e.To)
			}
		}
	}
	for _, u := range after.Unclaimed {
		if !slices.Contains(before.Unclaimed, u) {
			r.NewUnclaimed = append(r.NewUnclaimed, u)
		}
	}
	r.Worse = r.New > 0 || len(r.NewUndeclared) > 0 || len(r.NewUnclaimed) > 0
	return r
}

// unionKeys returns the keys of both maps, sorted.
func unionKeys[K interface{ comparable }, V any](a, b map[K]V) []K {
	seen := map[K]bool{}
	var out []K
	for _, m := range []map[K]V{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	slices.SortFunc(out, func(x, y K) int { return cmp.Compare(fmt.Sprintf("%+v", x), fmt.Sprintf("%+v", y)) })
	return out
}
