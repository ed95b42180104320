package config

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
)

// exportGetters exports the fact of each exported getter the package
// declares: callers in other packages can only name those. The built-in
// accessors (viper's GetString wraps (*Viper).GetString) need none.
func exportGetters(getters *funcfacts.Facts[*getterFact], x *inference) {
	for fn := range x.decls {
		if len(builtinKeys(fn)) > 0 {
			continue
		}
		if f := x.fact(fn); f != nil {
			getters.Export(fn, f)
		}
	}
	getters.Finish()
}

// checkGetterCall checks a call of a getter declared in another
// component, inferred (its fact) or declared in the spec's
// config.getters: the caller reads the getter's key as surely as if it
// called os.Getenv itself. A getter of the caller's own component with a
// constant key is its business: what the getter reads is checked in its
// body. The others are checked at every call, their own component's
// included: a getter whose receiver or parameter names the key (vikunja's
// config.Key.GetString) reads no constant in its body, and a declared one
// has a body the analyzer cannot follow, so only the call says which key
// is read, whose owner may be another component, and which claim is used
// (else a key only its owner reads is reported as an unused claim).
func (c *checker) checkGetterCall(call *ast.CallExpr, fn *types.Func) {
	own := c.spec.ComponentOf(fn.Pkg().Path()) == c.comp && c.comp != nil
	via := "through " + typenames.FuncName(fn)
	if g, ok := c.specGetter(fn); ok {
		c.checkKey(call.Pos(), g.Kind, "reads", g.Key, via)
		return
	}
	f := c.infer.fact(fn)
	if f == nil || own && f.From == 0 {
		return
	}
	key := f.Key
	if f.From > 0 {
		arg := argOf(c.pass.TypesInfo, call, f.From)
		if arg == nil {
			return
		}
		k, ok := c.fold.String(arg)
		if !ok {
			return // a key built at run time: the accessor's own reads are checked in its body
		}
		key = k
	}
	c.checkGetterKey(call.Pos(), f.Kind, key, via)
}

// checkGetterKey checks a key a getter reads; a key of either kind (a
// map's constant index) is an env var when an env claim matches it, else
// a config key.
func (c *checker) checkGetterKey(pos token.Pos, kind keyKind, key, via string) {
	switch kind {
	case envKind:
		c.checkKey(pos, boundary.EnvKey, "reads", key, via)
	case configKind:
		c.checkKey(pos, boundary.ConfigKey, "reads", key, via)
	default:
		if o := c.spec.OwnerOfEnv(key); o.Owner != nil || o.Shared {
			c.checkKey(pos, boundary.EnvKey, "reads", key, via)
		} else {
			c.checkKey(pos, boundary.ConfigKey, "reads", key, via)
		}
	}
}

// specGetter returns the spec's config.getters entry for fn.
func (c *checker) specGetter(fn *types.Func) (boundary.Getter, bool) {
	for _, g := range c.spec.Config.Getters {
		if g.Func.Package == fn.Pkg().Path() && g.Func.Name == fn.Name() && g.Func.Type == typenames.RecvName(fn) {
			return g, true
		}
	}
	return boundary.Getter{}, false
}

// argOf returns the expression a call passes as the receiver (from 1) or
// parameter from-2 of its callee, or nil.
func argOf(info *types.Info, call *ast.CallExpr, from int) ast.Expr {
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		switch s := info.Selections[sel]; {
		case s != nil && s.Kind() == types.MethodExpr:
			// Key.GetString(k): the receiver comes first
		case from == 1:
			if s == nil {
				return nil
			}
			return sel.X
		default:
			args = append([]ast.Expr{nil}, args...) // line parameters up after a receiver slot
		}
	} else {
		args = append([]ast.Expr{nil}, args...)
	}
	if i := from - 1; i >= 0 && i < len(args) {
		return args[i]
	}
	return nil
}

// keyShaped reports whether s could name an env var or config key, so
// that a map indexed by prose is no setting.
func keyShaped(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r == '.' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
