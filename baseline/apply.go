package baseline

import (
	"fmt"
	"slices"

	"github.com/boundarylint/boundarylint/finding"
)

// Budget hands out a baseline's counts, one finding at a time: the
// reporter asks it about each finding of a package as it is reported.
// A nil *Budget accepts nothing.
type Budget struct {
	b    *Baseline
	used map[finding.Key]int
}

// Budget returns a fresh budget over b's counts.
func (b *Baseline) Budget() *Budget {
	return &Budget{b: b, used: map[finding.Key]int{}}
}

// Take reports whether the baseline accepts one more finding with key k,
// and if so counts it as used.
func (bu *Budget) Take(k finding.Key) bool {
	if bu == nil || !Accepts(k.Rule) || bu.used[k] >= bu.b.Count(k) {
		return false
	}
	bu.used[k]++
	return true
}

// Used returns how many findings with key k the budget has accepted.
func (bu *Budget) Used(k finding.Key) int {
	if bu == nil {
		return 0
	}
	return bu.used[k]
}

// Accepts reports whether a baseline may hold findings of a rule: not
// those of the ignores analyzer, each fixed by deleting or completing one
// comment (and a stale entry is not a debt to record).
func Accepts(rule string) bool {
	r, _ := finding.Lookup(rule)
	return r.Analyzer != "ignores"
}

// Stale is a baseline entry that matched fewer findings than it records.
type Stale struct {
	Entry
	Found int // findings that matched it
}

// Finding is the finding a stale entry of the baseline file named file
// is: rule ignores/stale-baseline, about the entry, with what to do. Its
// position is left to the caller.
func (s Stale) Finding(file string) finding.Finding {
	return finding.Finding{
		Rule: finding.IgnoresStaleBaseline, Analyzer: "ignores",
		FromPackage: s.FromPackage, ToComponent: s.ToComponent, ToPackage: s.ToPackage,
		Subject: finding.Subject{Kind: finding.SubjectBaseline, Name: s.String()},
		Message: fmt.Sprintf("baseline entry %s (%s) accepts %d, but %d found: fixed findings must leave the baseline; run `boundarylint baseline` to shrink the file",
			s.Key, file, s.Count, s.Found),
	}
}

// Stale returns, in key order, the entries for which keep returns true
// (for instance: of one package) that the budget used less than their
// count. keep nil keeps every entry.
func (bu *Budget) Stale(keep func(finding.Key) bool) []Stale {
	if bu == nil {
		return nil
	}
	var out []Stale
	for _, e := range bu.b.Entries {
		if (keep == nil || keep(e.Key)) && bu.used[e.Key] < e.Count {
			out = append(out, Stale{e, bu.used[e.Key]})
		}
	}
	return out
}

// Apply marks the findings the baseline accepts as Baselined, and returns
// them with the stale entries: the whole-module view. Within a key, the
// findings earliest in file order are the baselined ones, so that the
// ones reported are the same whatever order fs comes in.
func Apply(b *Baseline, fs []finding.Finding) ([]finding.Finding, []Stale) {
	out := slices.Clone(fs)
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return comparePos(out[i].Pos, out[j].Pos) })
	bu := b.Budget()
	for _, i := range order {
		out[i].Baselined = bu.Take(out[i].Key())
	}
	return out, bu.Stale(nil)
}

func comparePos(a, b finding.Position) int {
	switch {
	case a.File != b.File:
		if a.File < b.File {
			return -1
		}
		return 1
	case a.Line != b.Line:
		return a.Line - b.Line
	}
	return a.Column - b.Column
}
