package format

import (
	"encoding/json"
	"io"
	"slices"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
)

// JSONVersion is the version of the JSON output's shape. Fields are only
// ever added; a change that breaks readers gets a new version.
const JSONVersion = 1

// jsonReport is the JSON output, documented in the README:
//
//	{
//	  "version": 1,
//	  "findings": [Finding, ...],   // every finding, the accepted ones with "baselined": true
//	  "stale": [{"rule": ..., "from": ..., "count": 2, "found": 1}, ...],
//	  "baseline": "boundaries.baseline.json",
//	  "unread": [{"kind": "tx/unread", "analyzer": "tx", "package": ..., "count": 2, "at": [pos, ...]}, ...]
//	}
//
// A finding's "pos"."file", and an unread place's "file", are relative to
// the working directory, as the text output prints them.
type jsonReport struct {
	Version  int               `json:"version"`
	Findings []finding.Finding `json:"findings"`
	Stale    []jsonStale       `json:"stale"`
	Baseline string            `json:"baseline,omitempty"`
	Unread   []jsonUnread      `json:"unread"`
}

type jsonStale struct {
	baseline.Entry
	Found int `json:"found"`
}

// jsonUnread is what one package holds of one unread kind.
type jsonUnread struct {
	Kind     string             `json:"kind"`
	Analyzer string             `json:"analyzer"`
	Package  string             `json:"package"`
	Count    int                `json:"count"`
	At       []finding.Position `json:"at"`
}

// JSON prints r as one JSON document, indented.
func JSON(w io.Writer, r Report) error {
	out := jsonReport{Version: JSONVersion, Findings: slices.Clone(r.Findings), Stale: []jsonStale{}, Baseline: ShortPath(r.Dir, r.Baseline)}
	if out.Findings == nil {
		out.Findings = []finding.Finding{}
	}
	for i := range out.Findings {
		out.Findings[i].Pos.File = ShortPath(r.Dir, out.Findings[i].Pos.File)
	}
	for _, s := range r.Stale {
		out.Stale = append(out.Stale, jsonStale{s.Entry, s.Found})
	}
	out.Unread = []jsonUnread{}
	for _, c := range r.Unread {
		k, _ := finding.LookupUnread(c.Kind)
		u := jsonUnread{Kind: c.Kind, Analyzer: k.Analyzer, Package: c.Package, Count: len(c.At), At: slices.Clone(c.At)}
		for i := range u.At {
			u.At[i].File = ShortPath(r.Dir, u.At[i].File)
		}
		out.Unread = append(out.Unread, u)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
