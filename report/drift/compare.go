package drift

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/boundarylint/boundarylint/finding"
)

// Report is the comparison of two snapshots.
type Report struct {
	Pairs     []Pair `json:"pairs"`
	New       int    `json:"new"`
	Fixed     int    `json:"fixed"`
	Remaining int    `json:"remaining"`
	// NewFindings and FixedFindings name each finding that appeared or
	// went, new first, at most MaxListed of each.
	NewFindings    []Change `json:"new_findings"`
	NewOmitted     int      `json:"new_omitted"`
	FixedFindings  []Change `json:"fixed_findings"`
	FixedOmitted   int      `json:"fixed_omitted"`
	Undeclared     []Edge   `json:"undeclared_edges"`     // code edges the spec does not allow, now
	NewUndeclared  []string `json:"new_undeclared_edges"` // of which new since before
	Unused         []string `json:"unused_depends_on"`    // depends_on entries the code does not use, now
	Unclaimed      []string `json:"unclaimed"`            // now
	NewUnclaimed   []string `json:"new_unclaimed"`
	BaselineBefore int      `json:"baseline_before"`
	BaselineAfter  int      `json:"baseline_after"`
	SpecChanged    bool     `json:"spec_changed"`
	// CurrentSpec: the earlier state had no spec, so it was judged with
	// today's (drift -since a revision before the spec was written).
	CurrentSpec bool `json:"judged_with_current_spec,omitempty"`
	// Worse: a new finding, a new undeclared edge or a new unclaimed
	// package. The command's exit status says so.
	Worse bool `json:"worse"`
	// Endpoints counts the routes served now; NewEndpoints and
	// GoneEndpoints name those added and removed ("component: GET /path").
	// EndpointsUnknown: a snapshot predates them (version < 3).
	Endpoints        int      `json:"endpoints"`
	NewEndpoints     []string `json:"new_endpoints"`
	GoneEndpoints    []string `json:"removed_endpoints"`
	EndpointsUnknown bool     `json:"endpoints_unknown,omitempty"`
}

// MaxListed bounds the new and the fixed findings a report names; the
// rest are counted (NewOmitted, FixedOmitted).
const MaxListed = 50

// Change is one finding that appeared or went.
type Change struct {
	Rule    string      `json:"rule"`
	File    string      `json:"file,omitempty"` // empty when the earlier snapshot kept no places
	Line    int         `json:"line,omitempty"`
	Message string      `json:"message,omitempty"`
	Key     finding.Key `json:"key"`
	Test    bool        `json:"test,omitempty"` // in test code (listed after the others)
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
		Pairs: []Pair{}, NewFindings: []Change{}, FixedFindings: []Change{}, Undeclared: []Edge{}, NewUndeclared: []string{}, Unused: after.Unused, Unclaimed: after.Unclaimed, NewUnclaimed: []string{}}
	apart := before.Version >= 2 && after.Version >= 2
	b, a := before.byPair(apart), after.byPair(apart)
	for _, p := range unionKeys(b, a) {
		pair := Pair{From: p.From, To: p.To, Rule: p.Rule, Test: p.Test}
		for _, k := range unionKeys(b[p], a[p]) {
			was, is := b[p][k], a[p][k]
			pair.Remaining += min(was, is)
			pair.New += max(is-was, 0)
			pair.Fixed += max(was-is, 0)
			r.NewFindings = append(r.NewFindings, changes(after, k, p.Test, apart, max(is-was, 0))...)
			r.FixedFindings = append(r.FixedFindings, changes(before, k, p.Test, apart, max(was-is, 0))...)
		}
		r.New += pair.New
		r.Fixed += pair.Fixed
		r.Remaining += pair.Remaining
		r.Pairs = append(r.Pairs, pair)
	}
	slices.SortFunc(r.Pairs, func(x, y Pair) int {
		return cmp.Or(boolCmp(x.Test, y.Test), cmp.Compare(y.New, x.New), cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To), cmp.Compare(x.Rule, y.Rule))
	})
	r.NewFindings, r.NewOmitted = capList(r.NewFindings)
	r.FixedFindings, r.FixedOmitted = capList(r.FixedFindings)
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
	r.NewEndpoints, r.GoneEndpoints = []string{}, []string{}
	r.compareEndpoints(before, after)
	return r
}

// changes names n findings of key k in s, in test code or not when apart:
// the last n places in file order (a count is a budget, as in the
// baseline, so the extra findings are the last ones), or n entries with no
// place when s kept none.
func changes(s *Snapshot, k finding.Key, test, apart bool, n int) []Change {
	if n == 0 {
		return nil
	}
	var places []Place
	for _, c := range s.Findings {
		if c.Key == k && (!apart || c.Test == test) {
			places = append(places, c.Places...)
		}
	}
	out := make([]Change, n)
	for i := range out {
		out[i] = Change{Rule: k.Rule, Key: k, Test: test && apart}
		if j := len(places) - n + i; j >= 0 {
			out[i].File, out[i].Line, out[i].Message = places[j].File, places[j].Line, places[j].Message
		}
	}
	return out
}

// capList orders changes by file and line, those in test code last, and
// keeps MaxListed of them, returning how many it left out.
func capList(cs []Change) ([]Change, int) {
	slices.SortStableFunc(cs, func(a, b Change) int {
		return cmp.Or(boolCmp(a.Test, b.Test), cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Rule, b.Rule))
	})
	if len(cs) <= MaxListed {
		return cs, 0
	}
	return cs[:MaxListed], len(cs) - MaxListed
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
