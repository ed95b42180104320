package config

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
)

// exportGetters exports the fact of each exported getter the package
// declares: callers in other packages can only name those.
func exportGetters(pass *analysis.Pass, x *inference) {
	for fn := range x.decls {
		if !fn.Exported() {
			continue
		}
		if f := x.fact(fn); f != nil {
			pass.ExportObjectFact(fn, f)
		}
	}
}

// checkGetterCall checks a call of a getter declared in another
// component, inferred (its fact) or declared in the spec's
// config.getters: the caller reads the getter's key as surely as if it
// called os.Getenv itself. A getter of the caller's own component is its
// business: what the getter reads is checked in its body.
func (c *checker) checkGetterCall(call *ast.CallExpr, fn *types.Func) {
	if c.spec.ComponentOf(fn.Pkg().Path()) == c.comp && c.comp != nil {
		return
	}
	via := "through " + typenames.FuncName(fn)
	if g, ok := c.specGetter(fn); ok {
		c.checkKey(call.Pos(), g.Kind, "reads", g.Key, via)
		return
	}
	f := c.infer.fact(fn)
	if f == nil {
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
