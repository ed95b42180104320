package tx

import (
	"github.com/boundarylint/boundarylint/analyzers/internal/specsource"
	"github.com/boundarylint/boundarylint/analyzers/internal/sqltables"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/finding"
)

// applySpecQueries finds the SQL of calls to the spec's data.queries. They
// count where findings are reported, not in facts, which do not depend on
// the spec; a query wrapper whose SQL parameter reaches a built-in query
// call is found without the spec.
func (c *checker) applySpecQueries() {
	if len(c.spec.Data.Queries) == 0 {
		return
	}
	for _, f := range c.funcs {
		for _, cs := range f.calls {
			if cs.fn == nil || cs.sqlArg != nil {
				continue
			}
			for _, q := range c.spec.Data.Queries {
				if q.Func.Package == cs.fn.Pkg().Path() && q.Func.Type == typenames.RecvName(cs.fn) && q.Func.Name == cs.fn.Name() {
					c.specSQL(cs, q.SQL)
				}
			}
		}
	}
}

func (c *checker) specSQL(cs *callSite, idx int) {
	args := c.args(cs.call)
	if idx < 0 || idx >= len(args) {
		return
	}
	cs.sqlArg = args[idx]
	texts, ok := c.fold.Strings(cs.sqlArg)
	cs.unread = !ok
	for _, text := range texts {
		cs.tables = appendNew(cs.tables, sqltables.Tables(text)...)
		cs.schema = appendNew(cs.schema, sqltables.Schema(text)...)
	}
}

// checkForeignTables reports each statement with constant SQL that touches
// a table owned by another component.
func (c *checker) checkForeignTables() {
	for _, f := range c.funcs {
		for _, cs := range f.calls {
			for _, t := range cs.tables {
				o := c.spec.OwnerOfTable(t)
				if o.Owner == nil || o.Owner == c.comp {
					continue
				}
				f := finding.Finding{Rule: finding.TxForeignTable, ToComponent: o.Owner.Name, Subject: finding.Subject{Kind: finding.SubjectTable, Name: t},
					SpecPos: suppress.SpecPos(o.Claim.Pos)}
				c.reportf(cs.sqlArg.Pos(), f, "%s queries table %s, owned by component %s (%s); go through the API of %s instead of its table",
					c.pkgRel(), t, o.Owner.Name, o.Claim.Pos, o.Owner.Name)
			}
		}
	}
}

// pkgRel prints the package's path the way the spec writes it, an external
// test package as its package.
func (c *checker) pkgRel() string {
	return c.rel(specsource.PackagePath(c.pass))
}
