package driver

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// claimKind is one kind of owned name and the rule that reports a claim of
// it that nothing uses.
type claimKind struct {
	rule    string
	subject finding.SubjectKind
	what    string // as the message names it
	verbs   string // what no code does to it
	claims  func(*boundary.Component) []boundary.Claim
}

var claimKinds = []claimKind{
	{finding.ConfigUnusedClaim, finding.SubjectEnv, "env", "reads or writes", func(c *boundary.Component) []boundary.Claim { return c.Owns.Env }},
	{finding.ConfigUnusedClaim, finding.SubjectConfig, "config key", "reads or writes", func(c *boundary.Component) []boundary.Claim { return c.Owns.Config }},
	{finding.ConfigUnusedClaim, finding.SubjectField, "field", "reads or writes", func(c *boundary.Component) []boundary.Claim {
		return claimsOf(c.Owns.Fields, func(f boundary.FieldClaim) boundary.Claim { return boundary.Claim{Pattern: f.String(), Pos: f.Pos} })
	}},
	{finding.TxUnusedClaim, finding.SubjectTable, "table", "queries", func(c *boundary.Component) []boundary.Claim { return c.Owns.Tables }},
	{finding.EventsUnusedClaim, finding.SubjectTopic, "topic", "publishes or subscribes to", func(c *boundary.Component) []boundary.Claim { return c.Owns.Topics }},
	{finding.CtxstateUnusedClaim, finding.SubjectContextKey, "context key", "reads or sets", func(c *boundary.Component) []boundary.Claim {
		return claimsOf(c.Owns.Context, func(k boundary.KeyClaim) boundary.Claim { return boundary.Claim{Pattern: k.String(), Pos: k.Pos} })
	}},
}

func claimsOf[T any](xs []T, claim func(T) boundary.Claim) []boundary.Claim {
	out := make([]boundary.Claim, len(xs))
	for i, x := range xs {
		out[i] = claim(x)
	}
	return out
}

// unusedClaims returns a finding at each claim of the spec that no
// package of the run used, by the analyzers' claims-used notes, for the
// rules of the analyzers that ran. Its package is the module's path: the
// spec is the module's, and a baseline names a package for every entry. specFile is the spec's path, for the
// findings' positions. Only a run over the whole module can tell.
func unusedClaims(spec *boundary.Spec, specFile string, notes []finding.ClaimsUsed, analyzers []string) []finding.Finding {
	used := map[string]map[string]bool{}     // rule -> "file:line:col"
	shadowed := map[string]map[string]bool{} // owned claim's place -> shared declarations' places
	for _, n := range notes {
		if used[n.Rule] == nil {
			used[n.Rule] = map[string]bool{}
		}
		for _, c := range n.Claims {
			used[n.Rule][c] = true
		}
		for owned, by := range n.Shadowed {
			if shadowed[owned] == nil {
				shadowed[owned] = map[string]bool{}
			}
			for _, b := range by {
				shadowed[owned][b] = true
			}
		}
	}
	shared := map[string]boundary.SharedClaim{} // by place, to name shared declarations
	for _, c := range spec.SharedClaims() {
		shared[fmt.Sprintf("%s:%d:%d", c.Pos.File, c.Pos.Line, c.Pos.Col)] = c
	}
	var out []finding.Finding
	for _, k := range claimKinds {
		rule, _ := finding.Lookup(k.rule)
		if !within(analyzers, rule.Analyzer) {
			continue
		}
		for _, comp := range spec.Components {
			for _, c := range k.claims(comp) {
				at := fmt.Sprintf("%s:%d:%d", c.Pos.File, c.Pos.Line, c.Pos.Col)
				if used[k.rule][at] {
					continue
				}
				pos := finding.Position{File: specFile, Line: c.Pos.Line, Column: c.Pos.Col}
				if !filepath.IsAbs(filepath.FromSlash(c.Pos.File)) {
					// The spec's name is relative to the module root unless
					// the spec is outside the module it describes.
					pos.RelFile = filepath.ToSlash(c.Pos.File)
				}
				out = append(out, finding.Finding{Rule: k.rule, Analyzer: rule.Analyzer, Pos: pos,
					FromPackage: spec.Module, FromComponent: comp.Name, Subject: finding.Subject{Kind: k.subject, Name: c.Pattern}, SpecPos: at,
					Message: unusedMessage(comp, k, c, shadowed[at], shared)})
			}
		}
	}
	return out
}

// unusedMessage explains an unused claim: that no code names what it
// matches, or, when the code does but shared declarations (by: their
// places) take every name it would own, which ones: a shared declaration
// beats every claim, so only the spec can change that.
func unusedMessage(comp *boundary.Component, k claimKind, c boundary.Claim, by map[string]bool, shared map[string]boundary.SharedClaim) string {
	var takers []boundary.SharedClaim
	for place := range by {
		if s, ok := shared[place]; ok {
			takers = append(takers, s)
		}
	}
	if len(takers) == 0 {
		return fmt.Sprintf("component %s claims %s %s, which no code of the module %s; fix the claim, declare what reads it, or remove it",
			comp.Name, k.what, c.Pattern, k.verbs)
	}
	slices.SortFunc(takers, func(a, b boundary.SharedClaim) int { return cmp.Or(a.Pos.Line-b.Pos.Line, a.Pos.Col-b.Pos.Col) })
	names := make([]string, len(takers))
	fix := "remove the claim, or take the names it should own out of the shared list"
	for i, s := range takers {
		names[i] = fmt.Sprintf("%s %s (%s:%d)", s.Where, s.Pattern, filepath.Base(s.Pos.File), s.Pos.Line)
		if strings.Contains(s.Pattern, "*") {
			fix = "narrow the shared pattern (list the shared names explicitly) or remove the claim"
		}
	}
	return fmt.Sprintf("component %s claims %s %s, which decides no owner: every %s that code %s and it would own is shared by %s, and a shared declaration beats every claim; %s",
		comp.Name, k.what, c.Pattern, k.what, k.verbs, strings.Join(names, ", "), fix)
}

// specFile is the spec's path for findings' positions: absolute, as go
// vet names the other files.
func (c Config) specFile() string {
	if c.SpecPath != "" {
		if abs, err := filepath.Abs(c.SpecPath); err == nil {
			return abs
		}
		return c.SpecPath
	}
	if root, err := c.moduleRoot(); err == nil {
		return filepath.Join(root, boundary.FileName)
	}
	return boundary.FileName
}

// wholeModule reports whether a run's patterns name every package of the
// module: ./... (or none) from the module root. Unused claims mean
// something only then.
func (c Config) wholeModule() bool {
	root, err := c.moduleRoot()
	if err != nil {
		return false
	}
	dir := c.Dir
	if dir == "" {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	return err == nil && abs == root && slices.Equal(c.patterns(), []string{"./..."})
}
