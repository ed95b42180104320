package driver

import (
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modscan"
)

// ApplyBaseline marks the findings b accepts as Baselined and returns b's
// stale entries: those that match fewer findings than they record, among
// the entries of the packages the run checked and of the rules of the
// analyzers it ran (Result.Packages, Result.Analyzers: an entry outside
// them is not stale, merely not looked at), and those of packages the
// module no longer has (Result.Existing), which nothing can match: were
// they kept, coupling coming back under the old name would pass. This is the whole-module view
// of the baseline; go vet and the golangci-lint plugin, which see one
// package at a time, report a package's stale entries with the ignores
// analyzer instead.
func (r *Result) ApplyBaseline(b *baseline.Baseline) []baseline.Stale {
	var stale []baseline.Stale
	if b == nil {
		for i := range r.Findings {
			r.Findings[i].Baselined = false
		}
	} else {
		r.Findings, stale = baseline.Apply(b, r.Findings)
	}
	if r.leaveOutTests {
		r.Findings = slices.DeleteFunc(r.Findings, func(f finding.Finding) bool { return strings.HasSuffix(f.Pos.File, "_test.go") })
	}
	return slices.DeleteFunc(stale, func(s baseline.Stale) bool {
		rule, _ := finding.Lookup(s.Rule)
		pkg := strings.TrimSuffix(s.FromPackage, "_test")
		gone := r.Existing != nil && !within(r.Existing, pkg)
		return !gone && !within(r.Packages, pkg) || !within(r.Analyzers, rule.Analyzer)
	})
}

// modulePackages returns the import paths of the module's package
// directories, sorted.
func modulePackages(m *modscan.Module) []string {
	out := make([]string, len(m.Dirs))
	for i, d := range m.Dirs {
		out[i] = path.Join(m.Path, d)
	}
	slices.Sort(out)
	return out
}

// within reports whether sorted holds x; a nil sorted holds everything.
func within(sorted []string, x string) bool {
	_, ok := slices.BinarySearch(sorted, x)
	return sorted == nil || ok
}

// ranAnalyzers returns, sorted, the analyzers of the registry that a run
// with the tool flags runs, by the x/tools checker's rule: -NAME selects
// the named analyzers alone, -NAME=false leaves one out.
func ranAnalyzers(toolFlags []string) []string {
	var all []string
	for _, r := range finding.Rules() {
		if !slices.Contains(all, r.Analyzer) {
			all = append(all, r.Analyzer)
		}
	}
	selected, dropped := map[string]bool{}, map[string]bool{}
	for _, f := range toolFlags {
		name, value, hasValue := strings.Cut(strings.TrimLeft(f, "-"), "=")
		if !slices.Contains(all, name) {
			continue
		}
		if on, err := strconv.ParseBool(value); !hasValue || err == nil && on {
			selected[name] = true
		} else {
			dropped[name] = true
		}
	}
	ran := slices.DeleteFunc(all, func(a string) bool {
		return len(selected) > 0 && !selected[a] || dropped[a]
	})
	slices.Sort(ran)
	return ran
}

// dropStaleReports removes the ignores analyzer's per-package stale
// entries: ApplyBaseline checks the whole module at once.
func dropStaleReports(fs []finding.Finding) []finding.Finding {
	return slices.DeleteFunc(fs, func(f finding.Finding) bool { return f.Rule == finding.IgnoresStaleBaseline })
}
