package driver

import (
	"path"
	"strings"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
)

// ApplyBaseline marks the findings b accepts as Baselined and returns b's
// stale entries: those that match fewer findings than they record, among
// the entries of the packages the run checked (an entry of a package
// outside the patterns is not stale, merely not looked at). This is the
// whole-module view of the baseline; go vet and the golangci-lint plugin,
// which see one package at a time, report a package's stale entries with
// the ignores analyzer instead.
func (r *Result) ApplyBaseline(b *baseline.Baseline) []baseline.Stale {
	if b == nil {
		for i := range r.Findings {
			r.Findings[i].Baselined = false
		}
		return nil
	}
	var stale []baseline.Stale
	r.Findings, stale = baseline.Apply(b, r.Findings)
	if r.checked == nil {
		return stale
	}
	var out []baseline.Stale
	for _, s := range stale {
		if r.checked(strings.TrimSuffix(s.FromPackage, "_test")) {
			out = append(out, s)
		}
	}
	return out
}

// checkedBy returns whether a package (an import path) is matched by the
// patterns, resolved in dir, which is rel (module-relative) in module.
// Relative patterns resolve against dir; "..." matches the subtree, as
// the go command's patterns do at their end.
func checkedBy(module, rel string, patterns []string) func(string) bool {
	base := module
	if rel != "." && rel != "" {
		base = path.Join(module, rel)
	}
	var prefixes, exact []string
	for _, p := range patterns {
		if p == "." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") {
			p = path.Join(base, p)
		}
		if dir, ok := strings.CutSuffix(p, "/..."); ok {
			prefixes = append(prefixes, dir)
		} else if p == "..." {
			prefixes = append(prefixes, "")
		} else {
			exact = append(exact, p)
		}
	}
	return func(pkg string) bool {
		for _, p := range prefixes {
			if p == "" || pkg == p || strings.HasPrefix(pkg, p+"/") {
				return true
			}
		}
		for _, p := range exact {
			if pkg == p {
				return true
			}
		}
		return false
	}
}

// dropStaleReports removes the ignores analyzer's per-package stale
// entries: ApplyBaseline checks the whole module at once.
func dropStaleReports(fs []finding.Finding) []finding.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Rule != finding.IgnoresStaleBaseline {
			out = append(out, f)
		}
	}
	return out
}
