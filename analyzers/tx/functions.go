package tx

import (
	"go/ast"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/sqltables"
)

// function is one function declaration of the package, or one
// package-level variable's initialiser that calls something (a migration
// list of function literals), and what the analyzer learnt about it.
type function struct {
	decl     *ast.FuncDecl // nil for an initialiser
	body     ast.Node      // the declaration's body or the initialiser's spec
	obj      *types.Func   // nil for an initialiser: it exports no fact
	calls    []*callSite
	touches  map[string]string // table -> where it is touched, directly or through a callee
	sqlParam int               // 1 + index of a string parameter passed on as SQL text, 0 if none
}

// callSite is one call inside a function declaration.
type callSite struct {
	call   *ast.CallExpr
	fn     *types.Func // the static callee (an interface method through an interface); nil for func values
	sqlArg ast.Expr    // the SQL text (or gorm table) argument of a query call, nil otherwise
	tables []string    // the tables its constant SQL touches
	schema []string    // of which those whose schema it changes (sqltables.Schema)
	known  bool        // sqlArg was looked for
	unread string      // why a query's tables are unknown (its SQL text is neither constant nor a parameter passed on), "" if known
	local  bool        // the callee is declared in this package
}

// collect records every call of every function declaration, function
// literals included, and of every package-level variable's initialiser:
// SQL in a literal of var migrations = []func(*sql.Tx) error{...} runs as
// surely as SQL in a declared function.
func (c *checker) collect() {
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				obj, _ := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
				if obj != nil && d.Body != nil {
					c.addFunction(&function{decl: d, body: d.Body, obj: obj})
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok && len(vs.Values) > 0 {
						c.addFunction(&function{body: vs})
					}
				}
			}
		}
	}
}

// addFunction records f's calls; an initialiser without any is dropped.
func (c *checker) addFunction(f *function) {
	f.touches = map[string]string{}
	ast.Inspect(f.body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			f.calls = append(f.calls, &callSite{call: call, fn: c.callee(call)})
		}
		return true
	})
	if f.obj == nil && len(f.calls) == 0 {
		return
	}
	c.funcs = append(c.funcs, f)
	if f.obj != nil {
		c.byObj[f.obj] = f
	}
}

// summarise computes, to a fixed point over the package's own calls, the
// tables each function touches and whether it passes a parameter on as SQL
// text, and exports the non-empty summaries as facts.
func (c *checker) summarise() {
	for _, f := range c.funcs {
		for _, cs := range f.calls {
			cs.local = c.byObj[cs.fn] != nil
		}
	}
	for round, changed := 0, true; changed; round++ {
		changed = false
		for _, f := range c.funcs {
			for _, cs := range f.calls {
				if round > 0 && !cs.local {
					continue // what it contributes cannot change after the first round
				}
				if c.resolveQuery(f, cs) {
					changed = true
				}
				for _, t := range cs.tables {
					changed = f.touch(t, c.at(cs.call.Pos())) || changed
				}
				c.calleeTouches(cs.fn, func(t touch) {
					changed = f.touch(t.Table, t.At) || changed
				})
			}
		}
	}
	for _, f := range c.funcs {
		if f.obj != nil && (len(f.touches) > 0 || f.sqlParam > 0) {
			c.tables.Export(f.obj, f.fact(c.pass.Pkg.Path()))
		}
	}
	c.tables.Finish()
}

// touch records a table the function touches, keeping the first place.
func (f *function) touch(table, at string) bool {
	if _, ok := f.touches[table]; ok {
		return false
	}
	f.touches[table] = at
	return true
}

// resolveQuery finds the SQL argument of a query call, a call of a wrapper
// of one in this package, or a wrapper whose fact says so; it reports
// whether it learnt something new about f.
func (c *checker) resolveQuery(f *function, cs *callSite) bool {
	if cs.fn == nil || cs.known {
		return false
	}
	idx := builtinSQLArg(cs.fn)
	if idx == noSQL {
		if g := c.byObj[cs.fn]; g != nil {
			idx = g.sqlParam - 1 // not yet known: looked at again in the next round
		} else if fact := c.fact(cs.fn); fact != nil {
			idx = fact.SQLParam - 1
		}
	}
	if idx == noSQL {
		return false
	}
	cs.known = true
	return c.setSQLArg(f, cs, idx)
}

// setSQLArg records the call's SQL argument and its tables, or, when the
// argument is one of f's string parameters, that f passes SQL on.
func (c *checker) setSQLArg(f *function, cs *callSite, idx int) bool {
	args := c.args(cs.call)
	i := idx
	if idx == tableName || idx == modelArg || idx == anySQL {
		i = 0
	}
	if i < 0 || i >= len(args) {
		return false
	}
	cs.sqlArg = args[i]
	switch {
	case idx == modelArg:
		c.setModels(cs, args)
		return false
	case idx == anySQL && !isString(c.pass.TypesInfo.TypeOf(cs.sqlArg)):
		cs.unread = unreadBuilt // a query builder
		return false
	}
	texts, ok := c.fold.Strings(cs.sqlArg)
	switch {
	case ok && idx == tableName:
		for _, text := range texts {
			if t := tableOf(text); t != "" {
				cs.tables = appendNew(cs.tables, t)
			}
		}
	case ok:
		for _, text := range texts {
			cs.tables = appendNew(cs.tables, sqltables.Tables(text)...)
			cs.schema = appendNew(cs.schema, sqltables.Schema(text)...)
		}
	case f.sqlParam == 0 && idx != tableName:
		if p := f.paramIndex(c.pass.TypesInfo, cs.sqlArg); p >= 0 {
			f.sqlParam = p + 1
			return true
		}
		cs.unread = c.whyUnread(cs.sqlArg, idx == tableName)
	default:
		if f.paramIndex(c.pass.TypesInfo, cs.sqlArg) < 0 || idx == tableName {
			cs.unread = c.whyUnread(cs.sqlArg, idx == tableName)
		}
	}
	return false
}

// tableOf reads a table name as gorm's Table takes it: "orders o" is
// orders.
func tableOf(text string) string {
	if fields := strings.Fields(text); len(fields) > 0 {
		return strings.ToLower(strings.Trim(fields[0], "\"`"))
	}
	return ""
}

// appendNew appends the tables not yet in list.
func appendNew(list []string, tables ...string) []string {
	for _, t := range tables {
		if !slices.Contains(list, t) {
			list = append(list, t)
		}
	}
	return list
}

// paramIndex returns the index of f's string parameter that e names, or -1.
func (f *function) paramIndex(info *types.Info, e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || f.obj == nil {
		return -1
	}
	params := f.obj.Signature().Params()
	for i := 0; i < params.Len(); i++ {
		if params.At(i) == info.Uses[id] {
			return i
		}
	}
	return -1
}

// calleeTouches yields, in table order, what a called function touches:
// its summary when it is declared in this package, its fact otherwise.
func (c *checker) calleeTouches(fn *types.Func, yield func(touch)) {
	if fn == nil {
		return
	}
	if g := c.byObj[fn]; g != nil {
		for _, t := range sortedKeys(g.touches) {
			yield(touch{Table: t, At: g.touches[t]})
		}
		return
	}
	if f := c.fact(fn); f != nil {
		for _, t := range f.Tables {
			yield(t)
		}
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// fact imports fn's fact once.
func (c *checker) fact(fn *types.Func) *tableFact {
	if f, ok := c.facts[fn]; ok {
		return f
	}
	var f *tableFact
	if fn.Pkg() != c.pass.Pkg {
		if got, ok := c.tables.Import(fn); ok {
			f = imported(fn, got)
		}
	}
	c.facts[fn] = f
	return f
}

// fact returns f's summary in its exported form: each place as
// file.go:line, with the index (from 1) of its package's path in the
// fact's Pkgs, 0 for the function's own (own is its path). Most places of
// a fact are in a few packages, and their paths written out at every
// place were most of gitea's facts' bytes.
func (f *function) fact(own string) *tableFact {
	out := &tableFact{SQLParam: f.sqlParam}
	index := map[string]int{own: 0}
	for _, t := range sortedKeys(f.touches) {
		dir, file := splitAt(f.touches[t])
		i, ok := index[dir]
		if !ok {
			out.Pkgs = append(out.Pkgs, dir)
			i = len(out.Pkgs)
			index[dir] = i
		}
		out.Tables = append(out.Tables, touch{Table: t, Pkg: i, At: file})
	}
	return out
}

// splitAt splits "import/path/file.go:line" after its path.
func splitAt(at string) (dir, file string) {
	i := strings.LastIndexByte(at, '/')
	if i < 0 {
		return "", at
	}
	return at[:i], at[i+1:]
}

// imported returns a fact of fn's package with its places whole again.
func imported(fn *types.Func, f *tableFact) *tableFact {
	out := &tableFact{SQLParam: f.SQLParam, Tables: make([]touch, len(f.Tables))}
	for i, t := range f.Tables {
		dir := fn.Pkg().Path()
		if t.Pkg > 0 && t.Pkg <= len(f.Pkgs) {
			dir = f.Pkgs[t.Pkg-1]
		}
		t.At, t.Pkg = dir+"/"+t.At, 0
		out.Tables[i] = t
	}
	return out
}
