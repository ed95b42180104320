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
//	  "baseline": "boundaries.baseline.json"
//	}
//
// A finding's "pos"."file" is relative to the working directory, as the
// text output prints it.
type jsonReport struct {
	Version  int               `json:"version"`
	Findings []finding.Finding `json:"findings"`
	Stale    []jsonStale       `json:"stale"`
	Baseline string            `json:"baseline,omitempty"`
}

type jsonStale struct {
	baseline.Entry
	Found int `json:"found"`
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
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
