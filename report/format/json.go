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
//	  "unread": [{"kind": "tx/unread", "analyzer": "tx", "package": ..., "count": 2,
//	              "reasons": [{"reason": "built at run time", "count": 2}],
//	              "at": [{pos..., "reason": "built at run time"}, ...]}, ...]
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

// jsonUnread is what one package holds of one unread kind, counted by
// reason, each place with its own.
type jsonUnread struct {
	Kind     string                `json:"kind"`
	Analyzer string                `json:"analyzer"`
	Package  string                `json:"package"`
	Count    int                   `json:"count"`
	Reasons  []finding.ReasonCount `json:"reasons"`
	At       []jsonUnreadPlace     `json:"at"`
}

// jsonUnreadPlace is a position and why it could not be read.
type jsonUnreadPlace struct {
	finding.Position
	Reason string `json:"reason,omitempty"`
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
		reasons := reasonsOf(c)
		u := jsonUnread{Kind: c.Kind, Analyzer: k.Analyzer, Package: c.Package, Count: len(c.At), Reasons: finding.CountReasons(reasons)}
		for i, p := range c.At {
			p.File = ShortPath(r.Dir, p.File)
			u.At = append(u.At, jsonUnreadPlace{p, reasons[i]})
		}
		out.Unread = append(out.Unread, u)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
