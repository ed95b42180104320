// Package drift compares two states of a monolith's coupling: a snapshot
// of a run taken earlier (a file, or computed at a git revision) and one
// taken now. It reports, per component pair and rule, the findings that
// are new, fixed and remaining, the code edges the spec does not allow,
// the depends_on entries the code no longer uses, the packages no
// component claims and the baseline's size, as Markdown for a weekly
// report and JSON for machines.
package drift

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/internal/atomicfile"
)

// Version is the snapshot format this package writes. It reads version 1
// too, whose findings do not say whether they are in test code: compared
// with one, findings are matched by key alone, as version 1 did.
const Version = 3

// Kind names what a snapshot file is, so that another JSON file (a
// baseline, another tool's output) is never read as one.
const Kind = "boundarylint drift snapshot"

// required are the fields every snapshot has, those of earlier releases
// included: a file without them is something else (a baseline has version
// and findings too).
var required = []string{"version", "spec_hash", "findings", "edges", "unused_depends_on", "unclaimed", "baseline"}

// Snapshot is what drift needs of one run: findings counted per
// line-independent key, so that moving code does not count as churn.
type Snapshot struct {
	Version   int      `json:"version"`
	Kind      string   `json:"kind,omitempty"`   // Kind; absent from snapshots of earlier releases
	Module    string   `json:"module,omitempty"` // the spec's module; absent from snapshots of earlier releases
	SpecHash  string   `json:"spec_hash"`
	Findings  []Count  `json:"findings"`
	Edges     []Edge   `json:"edges"`
	Unused    []string `json:"unused_depends_on"` // "from -> to"
	Unclaimed []string `json:"unclaimed"`
	Baseline  int      `json:"baseline"` // entries in the baseline file, -1 without one
	// Endpoints are the routes the module serves (version 3 on: absent
	// from snapshots of earlier versions, which drift does not compare).
	Endpoints []Endpoint `json:"endpoints,omitempty"`
}

// Count is how many findings share a key, in test code or not, and where
// each one is.
type Count struct {
	finding.Key
	FromComponent string  `json:"from_component,omitempty"`
	Test          bool    `json:"test,omitempty"`
	Count         int     `json:"count"`
	Places        []Place `json:"places,omitempty"` // in file order; absent in snapshots of older versions
}

// Place is where one finding is and what it says, so that a report can
// name the findings that appeared or went, not only count them.
type Place struct {
	File    string `json:"file"` // relative to the module root where known
	Line    int    `json:"line"`
	Message string `json:"message"`
}

// Edge is a component edge of the code, with whether the spec allows it.
type Edge struct {
	From     string `json:"from"`
	To       string `json:"to"`
	Imports  int    `json:"imports"`
	Declared bool   `json:"declared"` // in depends_on, or to a shared component
}

// Take makes the snapshot of a run.
func Take(spec *boundary.Spec, findings []finding.Finding, edges []finding.Edge, unclaimed []string, baselineLen int) *Snapshot {
	s := &Snapshot{Version: Version, Kind: Kind, Module: spec.Module, SpecHash: spec.Hash, Unclaimed: append([]string{}, unclaimed...), Baseline: baselineLen, Findings: []Count{}, Edges: []Edge{}, Unused: []string{}}
	type testKey struct {
		finding.Key
		test bool
	}
	byKey := map[testKey]*Count{}
	for _, f := range findings {
		k := testKey{f.Key(), f.Test}
		if byKey[k] == nil {
			byKey[k] = &Count{Key: k.Key, FromComponent: f.FromComponent, Test: f.Test}
		}
		byKey[k].Count++
		byKey[k].Places = append(byKey[k].Places, Place{File: cmp.Or(f.Pos.RelFile, f.Pos.File), Line: f.Pos.Line, Message: f.Message})
	}
	for _, c := range byKey {
		s.Findings = append(s.Findings, *c)
	}
	slices.SortFunc(s.Findings, func(a, b Count) int { return cmp.Or(a.Compare(b.Key), boolCmp(a.Test, b.Test)) })
	used := map[[2]string]bool{}
	for _, e := range edges {
		from, to := spec.Component(e.From), spec.Component(e.To)
		s.Edges = append(s.Edges, Edge{From: e.From, To: e.To, Imports: len(e.Imports), Declared: from != nil && from.MayUse(to)})
		used[[2]string{e.From, e.To}] = true
	}
	for _, c := range spec.Components {
		for _, d := range c.DependsOn {
			if !used[[2]string{c.Name, d.Name}] {
				s.Unused = append(s.Unused, c.Name+" -> "+d.Name)
			}
		}
	}
	return s
}

// Load reads a snapshot file of the module module. A file that is not one
// (another kind, missing fields, trailing data), is truncated, is of
// another format version or module, or holds impossible counts is an
// error naming the file, never an empty snapshot.
func Load(path, module string) (*Snapshot, error) {
	data, err := atomicfile.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	s := new(Snapshot)
	if err := dec.Decode(s); err != nil {
		return nil, fmt.Errorf("%s: not a boundarylint drift snapshot: %w", path, jsonError(data, dec, err))
	}
	if dec.More() || dec.InputOffset() < int64(len(bytes.TrimRight(data, " \t\r\n"))) {
		return nil, fmt.Errorf("%s: not a boundarylint drift snapshot: %w", path, jsonError(data, dec, errors.New("data after the snapshot")))
	}
	if s.Version < 1 || s.Version > Version {
		return nil, fmt.Errorf("%s: snapshot format version %d; this boundarylint reads versions 1 to %d: take the snapshot again with boundarylint drift -write", path, s.Version, Version)
	}
	if err := s.check(data, module); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// check validates what decoding cannot: the kind, the module, that every
// field is there, and counts a run can make.
func (s *Snapshot) check(data []byte, module string) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	for _, name := range required {
		if _, ok := fields[name]; !ok {
			return fmt.Errorf("not a boundarylint drift snapshot: no %q field (take one with boundarylint drift -write)", name)
		}
	}
	switch {
	case s.Kind != "" && s.Kind != Kind:
		return fmt.Errorf("not a boundarylint drift snapshot: kind %q", s.Kind)
	case s.Module != "" && s.Module != module:
		return fmt.Errorf("a snapshot of module %s, not of %s", s.Module, module)
	case s.Baseline < -1:
		return fmt.Errorf("baseline size %d: a snapshot counts -1 (no baseline) or more", s.Baseline)
	}
	for _, c := range s.Findings {
		if c.Count < 1 || c.Rule == "" {
			return fmt.Errorf("finding %s counted %d times: a snapshot counts each key it holds at least once", c.Key, c.Count)
		}
	}
	for _, e := range s.Edges {
		if e.Imports < 1 || e.From == "" || e.To == "" {
			return fmt.Errorf("edge %q -> %q with %d imports: a snapshot's edges have both ends and at least one import", e.From, e.To, e.Imports)
		}
	}
	return nil
}

// jsonError adds the line and column to a decoding error.
func jsonError(data []byte, dec *json.Decoder, err error) error {
	off := dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	line := 1 + bytes.Count(data[:min(int(off), len(data))], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:min(int(off), len(data))], '\n')
	return fmt.Errorf("line %d, column %d: %w", line, col, err)
}

// Encode returns the snapshot as indented JSON.
func (s *Snapshot) Encode() []byte {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		panic(err) // plain strings and ints
	}
	return append(data, '\n')
}

// Write writes the snapshot to path atomically.
func (s *Snapshot) Write(path string) error { return atomicfile.Write(path, s.Encode()) }

// pairRule groups findings by the components on either side, the rule and
// whether they are in test code.
type pairRule struct {
	From, To, Rule string
	Test           bool
}

// byPair counts the findings by pair and key; apart keeps test code apart.
func (s *Snapshot) byPair(apart bool) map[pairRule]map[finding.Key]int {
	out := map[pairRule]map[finding.Key]int{}
	for _, c := range s.Findings {
		p := pairRule{cmp.Or(c.FromComponent, "(unclaimed)"), cmp.Or(c.ToComponent, "—"), c.Rule, c.Test && apart}
		if out[p] == nil {
			out[p] = map[finding.Key]int{}
		}
		out[p][c.Key] += c.Count
	}
	return out
}

// boolCmp orders false before true.
func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
