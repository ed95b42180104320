package format

import (
	"fmt"
	"io"
	"strings"

	"github.com/boundarylint/boundarylint/finding"
)

// GitHub prints each reported finding and stale entry as a GitHub Actions
// workflow command, which the Actions runner turns into an annotation on
// the file and line, and the count of each unread kind as a notice, which
// fails nothing:
//
//	::error file=internal/x/x.go,line=3,col=2,title=imports/private::message
//	::notice title=boundarylint::tx: 3 SQL statements in 2 packages could not be read (built at run time); see -format json
func GitHub(w io.Writer, r Report) error {
	for _, f := range r.reported() {
		props := fmt.Sprintf("file=%s,line=%d,col=%d,title=%s",
			escapeProperty(r.repoPath(f.Pos.File, f.Pos.RelFile)), f.Pos.Line, f.Pos.Column, escapeProperty(f.Rule))
		if _, err := fmt.Fprintf(w, "::error %s::%s\n", props, escapeData(f.Message)); err != nil {
			return err
		}
	}
	file := ShortPath(r.Dir, r.Baseline)
	for _, s := range r.Stale {
		props := fmt.Sprintf("file=%s,title=%s", escapeProperty(r.repoPath(r.Baseline, "")), escapeProperty(finding.IgnoresStaleBaseline))
		if _, err := fmt.Fprintf(w, "::error %s::%s\n", props, escapeData(s.Finding(file).Message)); err != nil {
			return err
		}
	}
	for _, line := range r.unreadSummaries() {
		if _, err := fmt.Fprintf(w, "::notice title=boundarylint::%s\n", escapeData(line)); err != nil {
			return err
		}
	}
	return nil
}

// escapeData escapes a workflow command's message as the Actions toolkit
// does (@actions/core's escapeData).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value
// (@actions/core's escapeProperty).
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
