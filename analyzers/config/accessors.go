package config

import (
	"go/ast"
	"go/types"
	"os"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
)

// keyArg says which argument of an accessor call names a key, and what kind.
type keyArg struct {
	kind   boundary.AccessKind
	verb   string // "reads" or "writes"
	arg    int    // index of the argument, counting the receiver of a method expression as none
	rest   bool   // every argument from arg on names a key (variadic names)
	expand bool   // the argument is text with $VAR references, as os.ExpandEnv reads it
}

var (
	readEnv     = keyArg{kind: boundary.EnvKey, verb: "reads"}
	writeEnv    = keyArg{kind: boundary.EnvKey, verb: "writes"}
	readConfig  = keyArg{kind: boundary.ConfigKey, verb: "reads"}
	writeConfig = keyArg{kind: boundary.ConfigKey, verb: "writes"}
)

// checkCall checks the keys an accessor call names.
func (c *checker) checkCall(call *ast.CallExpr) {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	fn = fn.Origin()
	if c.checkEnvconfig(call, fn) {
		return
	}
	keys := append(builtinKeys(fn), c.specKeys(fn)...)
	if len(keys) == 0 {
		c.checkGetterCall(call, fn)
		return
	}
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr && len(args) > 0 {
			args = args[1:] // (*viper.Viper).GetString(v, key): the receiver comes first
		}
	}
	via := typenames.FuncName(fn)
	for _, k := range keys {
		for i := k.arg; i < len(args); i++ {
			c.checkKeyArg(args[i], k, via)
			if !k.rest {
				break
			}
		}
	}
}

// checkKeyArg folds one key argument and checks the key, or reports it as
// unverifiable.
func (c *checker) checkKeyArg(arg ast.Expr, k keyArg, via string) {
	key, ok := c.fold.String(arg)
	if !ok {
		if prefix := c.fold.Prefix(arg); !k.expand && c.checkPrefix(arg.Pos(), k, prefix) {
			return
		}
		c.unverifiable(arg.Pos(), k.kind, k.verb, via)
		return
	}
	if !k.expand {
		c.checkKey(arg.Pos(), k.kind, k.verb, key, "")
		return
	}
	for _, name := range envRefs(key) {
		c.checkKey(arg.Pos(), k.kind, k.verb, name, "")
	}
}

// envRefs returns the variables $NAME or ${NAME} in s, as os.ExpandEnv sees them.
func envRefs(s string) []string {
	var names []string
	os.Expand(s, func(name string) string {
		names = append(names, name)
		return ""
	})
	return names
}

// builtinKeys returns the key arguments of the standard library's, viper's
// and koanf's accessors.
func builtinKeys(fn *types.Func) []keyArg {
	recv, name := typenames.RecvName(fn), fn.Name()
	switch path := fn.Pkg().Path(); {
	case (path == "os" || path == "syscall") && recv == "":
		switch name {
		case "Getenv", "LookupEnv":
			return []keyArg{readEnv}
		case "Setenv", "Unsetenv":
			return []keyArg{writeEnv}
		case "ExpandEnv":
			if path == "os" {
				return []keyArg{{kind: boundary.EnvKey, verb: "reads", expand: true}}
			}
		}
	case path == "testing" && name == "Setenv" && recv != "": // t.Setenv, b.Setenv, tb.Setenv
		return []keyArg{writeEnv}
	case path == "flag" && (recv == "" || recv == "FlagSet"):
		switch name {
		case "Lookup":
			return []keyArg{readConfig}
		case "Set":
			return []keyArg{writeConfig}
		}
	case path == "github.com/spf13/viper" && (recv == "" || recv == "Viper") && firstParamIsString(fn):
		return viperKeys(name)
	case (path == "github.com/knadh/koanf" || path == "github.com/knadh/koanf/v2") && recv == "Koanf" && firstParamIsString(fn):
		if name == "Set" || name == "Delete" {
			return []keyArg{writeConfig}
		}
		return []keyArg{readConfig} // every other method taking a string first takes a key path
	}
	return nil
}

// viperKeys knows viper's functions (and the same *viper.Viper methods)
// whose first argument is a key.
func viperKeys(name string) []keyArg {
	switch name {
	case "IsSet", "InConfig", "Sub", "UnmarshalKey":
		return []keyArg{readConfig}
	case "Set", "SetDefault", "BindPFlag", "BindFlagValue":
		return []keyArg{writeConfig}
	case "BindEnv": // BindEnv(key, envVars...) binds the key to those variables
		return []keyArg{writeConfig, {kind: boundary.EnvKey, verb: "reads", arg: 1, rest: true}}
	case "RegisterAlias": // RegisterAlias(alias, key)
		return []keyArg{writeConfig, {kind: boundary.ConfigKey, verb: "writes", arg: 1}}
	}
	if strings.HasPrefix(name, "Get") {
		return []keyArg{readConfig}
	}
	return nil
}

// specKeys returns the key arguments of the accessors the spec declares.
func (c *checker) specKeys(fn *types.Func) []keyArg {
	var out []keyArg
	for _, a := range c.spec.Config.Accessors {
		if a.Func.Package == fn.Pkg().Path() && a.Func.Name == fn.Name() && a.Func.Type == typenames.RecvName(fn) {
			out = append(out, keyArg{kind: a.Kind, verb: "reads", arg: a.Key})
		}
	}
	return out
}

func firstParamIsString(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Params().Len() == 0 {
		return false
	}
	t := sig.Params().At(0).Type()
	if sig.Variadic() && sig.Params().Len() == 1 {
		t = t.(*types.Slice).Elem() // viper.BindEnv(input ...string)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}
