package format

import "github.com/boundarylint/boundarylint/finding"

// unreadSummaries returns one line per unread kind the run counted, with
// the count of each reason: "tx: 3 SQL statements in 2 packages could not
// be read: 2 built at run time, 1 table from a variable".
func (r Report) unreadSummaries() []string {
	var lines []string
	for _, k := range finding.UnreadKinds() {
		things, packages := 0, 0
		var reasons []string
		for _, c := range r.Unread {
			if c.Kind == k.ID {
				things, packages = things+len(c.At), packages+1
				reasons = append(reasons, reasonsOf(c)...)
			}
		}
		if things > 0 {
			lines = append(lines, k.Summary(things, packages, finding.CountReasons(reasons))+"; see -format json")
		}
	}
	return lines
}

// reasonsOf returns why each place of c could not be read, "" where a
// count built by hand says nothing.
func reasonsOf(c finding.UnreadCount) []string {
	out := make([]string, len(c.At))
	copy(out, c.Reasons)
	return out
}
