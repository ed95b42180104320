package tx

import (
	"go/ast"
	"go/types"

	"github.com/boundarylint/boundarylint/finding"
)

// Why a query's tables are unknown, as its unread note says: each place
// carries one, and a run's summary counts them by reason.
const (
	unreadBuilt     = "built at run time"                 // formatted, concatenated or a query builder
	unreadVariable  = "SQL text from a variable"          // a variable or field the analyzer cannot fold
	unreadParameter = "SQL text from a parameter"         // a function literal's parameter, or a second SQL parameter
	unreadTableVar  = "table from a variable"             // gorm's or xorm's Table with a name it cannot fold
	unreadModel     = "model type unknown"                // an interface, map or type parameter holds the model
	unreadTableName = "TableName not constant"            // the model's TableName method computes its table
	unreadNaming    = "default table name unresolved"     // no TableName, and the module's naming strategy is not constant
	unreadNoNaming  = "model without a name or TableName" // an anonymous struct or a basic type
)

// whyUnread says why the SQL text (or the table name, for table) at e
// could not be read.
func (c *checker) whyUnread(e ast.Expr, table bool) string {
	e = ast.Unparen(e)
	var obj types.Object
	switch x := e.(type) {
	case *ast.Ident:
		obj = c.pass.TypesInfo.Uses[x]
	case *ast.SelectorExpr:
		obj = c.pass.TypesInfo.Uses[x.Sel]
	}
	v, ok := obj.(*types.Var)
	switch {
	case !ok:
		return unreadBuilt
	case table:
		return unreadTableVar
	case v.Kind() == types.ParamVar:
		return unreadParameter
	}
	return unreadVariable
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// reportUnread tells drivers about each query whose tables are unknown,
// with the reason. It is not a finding; drivers count these per package and
// reason (see suppress.Reporter.Unread).
func (c *checker) reportUnread() {
	for _, f := range c.funcs {
		for _, cs := range f.calls {
			if cs.unread != "" {
				c.report.Unread(cs.sqlArg.Pos(), finding.TxUnread, cs.unread)
			}
		}
	}
}
