package driver

import (
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
)

// ApplyBaseline marks the findings b accepts as Baselined and returns b's
// stale entries: those that match fewer findings than they record, among
// the entries of the packages the run checked (Result.Packages: an entry
// of a package outside the patterns is not stale, merely not looked at).
// This is the whole-module view of the baseline; go vet and the
// golangci-lint plugin, which see one package at a time, report a
// package's stale entries with the ignores analyzer instead.
func (r *Result) ApplyBaseline(b *baseline.Baseline) []baseline.Stale {
	if b == nil {
		for i := range r.Findings {
			r.Findings[i].Baselined = false
		}
		return nil
	}
	var stale []baseline.Stale
	r.Findings, stale = baseline.Apply(b, r.Findings)
	if r.Packages == nil {
		return stale
	}
	return slices.DeleteFunc(stale, func(s baseline.Stale) bool {
		_, checked := slices.BinarySearch(r.Packages, strings.TrimSuffix(s.FromPackage, "_test"))
		return !checked
	})
}

// dropStaleReports removes the ignores analyzer's per-package stale
// entries: ApplyBaseline checks the whole module at once.
func dropStaleReports(fs []finding.Finding) []finding.Finding {
	return slices.DeleteFunc(fs, func(f finding.Finding) bool { return f.Rule == finding.IgnoresStaleBaseline })
}
