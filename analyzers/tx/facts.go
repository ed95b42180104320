package tx

import (
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// tableFact is the object fact a function exports when it touches tables,
// directly or through the functions it calls, or passes a parameter on as
// SQL text. It names tables, never owners, so it does not depend on the
// spec: go vet caches facts without looking at boundaries.yaml.
type tableFact struct {
	Tables   []touch  // sorted by table, one place each
	Pkgs     []string // the paths of the packages of the places, but the function's own
	SQLParam int      // 1 + index of a string parameter passed on as SQL text (a query wrapper), 0 if none
}

// touch is one table and the first place that touches it, as
// "import/path/file.go:line" (in a fact: file.go:line in the package
// Pkgs[Pkg-1], or in the function's own when Pkg is 0).
type touch struct {
	Table string
	Pkg   int
	At    string
}

func (*tableFact) AFact() {}

// methodTables is the package fact that carries the tableFacts of the
// package's methods (see funcfacts: a fact about a method would be copied
// into every dependent package's fact file).
type methodTables struct{ Methods []funcfacts.Entry[*tableFact] }

func (*methodTables) AFact() {}

func (t *methodTables) Entries() *[]funcfacts.Entry[*tableFact] { return &t.Methods }

func (t *methodTables) String() string { return funcfacts.String[*tableFact](t) }

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

// reportMigrations tells drivers about each statement that changes a
// table's schema (see suppress.Reporter.Migration): the architecture
// document lists a table's migrations, which move with it.
func (c *checker) reportMigrations() {
	for _, f := range c.funcs {
		for _, cs := range f.calls {
			for _, t := range cs.schema {
				c.report.Migration(cs.sqlArg.Pos(), t)
			}
		}
	}
}

// reportTablesUsed tells drivers which table claims decide the owners of
// the tables the package's statements touch, whoever runs them, for the
// whole-module tx/unused-claim rule (see suppress.Reporter.ClaimsUsed).
func (c *checker) reportTablesUsed() {
	if !c.report.Findings() {
		return
	}
	used, shadowed := map[boundary.Pos]bool{}, map[[2]boundary.Pos]bool{}
	for _, f := range c.funcs {
		for _, cs := range f.calls {
			for _, t := range cs.tables {
				o := c.spec.OwnerOfTable(t)
				if o.Owner != nil {
					used[o.Claim.Pos] = true
				}
				suppress.NoteShadowed(shadowed, o)
			}
		}
	}
	c.report.ClaimsUsed(finding.TxUnusedClaim, used, shadowed)
}
