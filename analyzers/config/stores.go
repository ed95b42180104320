package config

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/boundarylint/boundarylint/analyzers/internal/stores"
)

// write is one value the package stores into a variable, in the function
// (nil at package level) that stores it.
type write struct {
	value ast.Expr
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

// collectWrites maps every variable and field to the values the package
// stores into it. An unknown value (x++, &x, a range variable) adds no
// key, so it is not kept. For v, err := strconv.Atoi(os.Getenv("K")) the
// call stands for each result: the key it reads.
func collectWrites(info *types.Info, files []*ast.File) writes {
	w := writes{}
	stores.Walk(info, files, func(s stores.Store) {
		if s.Value == nil {
			return
		}
		wr := write{value: s.Value, decl: s.Func}
		switch s.Kind {
		case stores.Assign, stores.Define:
			wr.caseKey = switchCase(info, s.Stack)
		}
		w[s.Var] = append(w[s.Var], wr)
	})
	return w
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
