package tx

import (
	"fmt"
	"strings"
)

// tableFact is the object fact a function exports when it touches tables,
// directly or through the functions it calls, or passes a parameter on as
// SQL text. It names tables, never owners, so it does not depend on the
// spec: go vet caches facts without looking at boundaries.yaml.
type tableFact struct {
	Tables   []touch // sorted by table, one place each
	SQLParam int     // 1 + index of a string parameter passed on as SQL text (a query wrapper), 0 if none
}

// touch is one table and the first place that touches it, as
// "import/path/file.go:line".
type touch struct {
	Table string
	At    string
}

func (*tableFact) AFact() {}

func (f *tableFact) String() string {
	names := make([]string, len(f.Tables))
	for i, t := range f.Tables {
		names[i] = t.Table
	}
	s := "touches " + strings.Join(names, ", ")
	if f.SQLParam > 0 {
		s += "; runs its SQL parameter"
	}
	return s
}

// Unread is the package fact of a package with query calls whose SQL text
// (or gorm model table) the analyzer could not read: built at run time,
// assigned a value it cannot fold, or a gorm model without a constant
// TableName. It is not a finding: drivers report the count per package, so
// that no findings never reads as a data layer without foreign tables.
type Unread struct {
	Statements int    // query calls whose tables are unknown
	First      string // the first of them, as "import/path/file.go:line"
}

func (*Unread) AFact() {}

func (f *Unread) String() string {
	return fmt.Sprintf("%d unread statements, the first at %s", f.Statements, f.First)
}

// exportUnread counts the package's query calls whose tables are unknown.
func (c *checker) exportUnread() {
	u := &Unread{}
	for _, f := range c.funcs {
		for _, cs := range f.calls {
			if cs.unread {
				if u.Statements == 0 {
					u.First = c.at(cs.call.Pos())
				}
				u.Statements++
			}
		}
	}
	if u.Statements > 0 {
		c.pass.ExportPackageFact(u)
	}
}
