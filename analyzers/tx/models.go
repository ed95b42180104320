package tx

import (
	"go/ast"
	"go/types"
	"strings"
)

// modelFact is the object fact of a TableName method that returns a
// constant: the table of gorm's model type, known without running it.
type modelFact struct {
	Table string
}

func (*modelFact) AFact() {}

func (f *modelFact) String() string { return "table " + f.Table }

// collectModels records the TableName methods of the package that return a
// constant string and exports them as facts, so that a gorm call on the
// model type in another package finds its table.
func (c *checker) collectModels() {
	for _, f := range c.funcs {
		if table, ok := c.constTableName(f); ok {
			c.models[f.obj] = table
			c.pass.ExportObjectFact(f.obj, &modelFact{Table: table})
		}
	}
}

// constTableName returns the table a method TableName() string returns
// when its body is a single return of a constant.
func (c *checker) constTableName(f *function) (string, bool) {
	if f.obj == nil {
		return "", false
	}
	sig := f.obj.Signature()
	if f.obj.Name() != "TableName" || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || len(f.decl.Body.List) != 1 {
		return "", false
	}
	ret, ok := f.decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return "", false
	}
	table, ok := c.fold.String(ret.Results[0])
	return strings.ToLower(table), ok && table != ""
}

// modelTable returns the table of the model an argument of a gorm model
// method holds (&m, &[]T{}, T{}), through its type's TableName method.
func (c *checker) modelTable(arg ast.Expr) (string, bool) {
	t := c.pass.TypesInfo.TypeOf(arg)
	for t != nil {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		}
		break
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return "", false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), false, n.Obj().Pkg(), "TableName")
	fn, ok := obj.(*types.Func)
	if !ok {
		return "", false
	}
	fn = fn.Origin()
	if table, ok := c.models[fn]; ok {
		return table, true
	}
	if fact := new(modelFact); fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, fact) {
		return fact.Table, true
	}
	return "", false
}

// chainNamesTable reports whether a gorm call's receiver chain names the
// table already, as db.Table("t").Create(&m) and db.Model(&T{}).Find(&rows)
// do: the call's own model says nothing more.
func (c *checker) chainNamesTable(call *ast.CallExpr) bool {
	for {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		call, ok = ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		if fn := c.callee(call); fn != nil && fn.Pkg().Path() == gormPkg && (fn.Name() == "Table" || fn.Name() == "Model") {
			return true
		}
	}
}
