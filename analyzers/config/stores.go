package config

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// write is one value the package stores into a variable, in the function
// (nil at package level) that stores it.
type write struct {
	value ast.Expr // nil: unknown (x++, &x, a range variable)
	decl  *ast.FuncDecl
	// caseKey is the constant of the case clause of a switch on a
	// string that holds the write, as in
	//
	//	switch key { case "POLLING_FREQUENCY": o.pollingFrequency = parseInt(value) }
	//
	// which stores the setting of that name.
	caseKey string
}

// writes maps each variable of the package (locals, fields, package
// variables) to the values stored into it anywhere in the package.
type writes map[*types.Var][]write

// collectWrites walks the package once: assignments, declarations, and
// the fields struct literals set. It keeps a stack of ancestors rather
// than building an inspector: every non-standard package's getters are
// inferred, generated table packages (go-enry's data: millions of nodes)
// included, where an inspector's event list cost go vet 250 MB.
func collectWrites(info *types.Info, files []*ast.File) writes {
	w := writes{}
	var stack []ast.Node // the ancestors of the node visited, outermost first
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return false
			}
			decl := enclosingDecl(stack)
			switch n := n.(type) {
			case *ast.AssignStmt:
				caseKey := switchCase(info, stack)
				for i, lhs := range n.Lhs {
					var value ast.Expr
					switch {
					case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
					case len(n.Lhs) == len(n.Rhs):
						value = n.Rhs[i]
					case len(n.Rhs) == 1:
						value = n.Rhs[0] // v, err := strconv.Atoi(os.Getenv("K"))
					}
					w.add(info, lhs, write{value, decl, caseKey})
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					var value ast.Expr
					if len(n.Values) == len(n.Names) {
						value = n.Values[i]
					} else if len(n.Values) == 1 {
						value = n.Values[0]
					}
					w.add(info, name, write{value: value, decl: decl})
				}
			case *ast.IncDecStmt:
				w.add(info, n.X, write{decl: decl})
			case *ast.RangeStmt:
				if n.Value != nil {
					w.add(info, n.Value, write{decl: decl})
				}
			case *ast.CompositeLit:
				w.addLiteral(info, n, decl)
			}
			stack = append(stack, n)
			return true
		})
	}
	return w
}

// add records a write to the variable or field lhs denotes.
func (w writes) add(info *types.Info, lhs ast.Expr, wr write) {
	var v *types.Var
	switch e := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		v, _ = info.ObjectOf(e).(*types.Var)
	case *ast.SelectorExpr:
		v, _ = info.ObjectOf(e.Sel).(*types.Var)
	}
	if v != nil {
		w[v] = append(w[v], wr)
	}
}

// addLiteral records the fields a struct literal sets.
func (w writes) addLiteral(info *types.Info, lit *ast.CompositeLit, decl *ast.FuncDecl) {
	st, ok := deref(info.TypeOf(lit)).Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				w.add(info, id, write{value: kv.Value, decl: decl})
			}
		} else if i < st.NumFields() {
			w[st.Field(i)] = append(w[st.Field(i)], write{value: elt, decl: decl})
		}
	}
}

// enclosingDecl returns the function declaration among the ancestors.
func enclosingDecl(stack []ast.Node) *ast.FuncDecl {
	for i := len(stack) - 1; i >= 0; i-- {
		if d, ok := stack[i].(*ast.FuncDecl); ok {
			return d
		}
	}
	return nil
}

// switchCase returns the constant of the one-value case clause of a
// switch with a tag that holds the node whose ancestors stack lists, when
// it is shaped like an environment variable (POLLING_FREQUENCY), or "".
func switchCase(info *types.Info, stack []ast.Node) string {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return ""
		case *ast.CaseClause:
			if len(n.List) != 1 || i < 2 {
				return ""
			}
			sw, ok := stack[i-2].(*ast.SwitchStmt) // the clause's parent is the switch's body
			if !ok || sw.Tag == nil {
				return ""
			}
			if tv, ok := info.Types[n.List[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				if key := constant.StringVal(tv.Value); envShaped(key) {
					return key
				}
			}
			return ""
		}
	}
	return ""
}

// varSources returns the keys the values stored into v come from: every
// value the package stores into it (a local variable's are all in its
// function), each in the function that stores it.
func (x *inference) varSources(v *types.Var) sources {
	if v == nil || v.Pkg() == nil {
		return nil
	}
	if s, ok := x.vars[v]; ok {
		return s
	}
	local := !v.IsField() && v.Parent() != v.Pkg().Scope()
	if x.busy[v] {
		return nil
	}
	x.busy[v] = true
	defer delete(x.busy, v)
	if x.stored == nil {
		x.stored = collectWrites(x.info, x.files)
	}
	var out sources
	for _, w := range x.stored[v] {
		if w.value == nil {
			continue
		}
		s := x.sources(w.value, w.decl)
		if len(s) == 0 && w.caseKey != "" && !local {
			s = sources{{key: w.caseKey, kind: eitherKind}}
		}
		out = out.add(s...)
	}
	x.vars[v] = out
	return out
}

// envShaped reports whether s is written like an environment variable:
// upper-case letters, digits and '_', with a letter.
func envShaped(s string) bool {
	letter := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letter = true
		case r == '_' || r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letter
}
