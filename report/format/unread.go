package format

import "github.com/boundarylint/boundarylint/finding"

// unreadSummaries returns one line per unread kind the run counted: "tx: 3
// SQL statements in 2 packages could not be read (built at run time)".
func (r Report) unreadSummaries() []string {
	var lines []string
	for _, k := range finding.UnreadKinds() {
		things, packages := 0, 0
		for _, c := range r.Unread {
			if c.Kind == k.ID {
				things, packages = things+len(c.At), packages+1
			}
		}
		if things > 0 {
			lines = append(lines, k.Summary(things, packages)+"; see -format json")
		}
	}
	return lines
}
