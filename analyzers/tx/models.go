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
	c.collectNaming()
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

// setModels records, unless the receiver chain names the table, the tables of a model method's arguments: every
// argument of a method whose only parameter is variadic (xorm's
// Insert(&a, &b), Sync(new(A), new(B))), the first otherwise. A string
// argument is a table name (gorm v1's DropTable("t"), xorm's Table("t")).
func (c *checker) setModels(cs *callSite, args []ast.Expr) {
	if c.chainNamesTable(cs.call) {
		return // Table("t") and Model(&m) earlier in the chain win
	}
	if sig := cs.fn.Signature(); !(sig.Variadic() && sig.Params().Len() == 1) {
		args = args[:1]
	}
	lib := cs.fn.Pkg().Path()
	for _, arg := range args {
		t, why := "", ""
		if isString(c.pass.TypesInfo.TypeOf(arg)) {
			if text, ok := c.fold.String(arg); ok {
				t = tableOf(text)
			} else {
				why = c.whyUnread(arg, true)
			}
		} else {
			t, why = c.modelTable(arg, lib)
		}
		if t != "" {
			cs.tables = appendNew(cs.tables, t)
		} else if why != "" && cs.unread == "" {
			cs.unread = why
		}
	}
}

// modelTable returns the table of the model an argument of a model method
// of lib (gorm's or xorm's path) holds (&m, &[]T{}, new(T), T{}): its
// type's TableName, or the name the library derives from the type's name;
// else why it is unknown.
func (c *checker) modelTable(arg ast.Expr, lib string) (table, why string) {
	t := c.pass.TypesInfo.TypeOf(arg)
	for t != nil {
		if n, ok := types.Unalias(t).(*types.Named); ok && !types.IsInterface(n) {
			switch n.Underlying().(type) {
			case *types.Slice, *types.Array, *types.Map, *types.Pointer:
				if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), false, n.Obj().Pkg(), "TableName"); obj == nil {
					t = n.Underlying() // a named slice of models (type Labels []Label) without its own TableName
				}
			}
		}
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
		case *types.Map:
			t = u.Elem()
			continue
		}
		break
	}
	n, ok := types.Unalias(t).(*types.Named)
	switch {
	case !ok:
		if _, isStruct := t.(*types.Struct); isStruct {
			return "", unreadNoNaming
		}
		return "", unreadModel
	case types.IsInterface(n):
		return "", unreadModel
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), false, n.Obj().Pkg(), "TableName")
	if fn, ok := obj.(*types.Func); ok {
		if table, ok := c.tableNameOf(fn.Origin()); ok {
			return table, ""
		}
		return "", unreadTableName
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return "", unreadNoNaming
	}
	return c.defaultTable(n.Obj().Name(), lib)
}

// tableNameOf returns the constant table a TableName method returns,
// declared in this package or known by its fact.
func (c *checker) tableNameOf(fn *types.Func) (string, bool) {
	if table, ok := c.models[fn]; ok {
		return table, true
	}
	if fact := new(modelFact); fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, fact) {
		return fact.Table, true
	}
	return "", false
}

// chainNamesTable reports whether a gorm or xorm call's receiver chain
// names the table already, as db.Table("t").Create(&m),
// db.Model(&T{}).Find(&rows), db.Raw(q).Find(&rows) and
// sess.SQL(q).Get(&n) do: the call's own model says nothing more.
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
		fn := c.callee(call)
		if fn == nil {
			continue
		}
		switch path := fn.Pkg().Path(); {
		case isGorm(path) && (fn.Name() == "Table" || fn.Name() == "Model" || fn.Name() == "Raw"):
			return true
		case path == xormPkg && (fn.Name() == "Table" || fn.Name() == "SQL"):
			return true
		}
	}
}
