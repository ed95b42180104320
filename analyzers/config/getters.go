package config

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/constfold"
	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
	"github.com/boundarylint/boundarylint/boundary"
)

// getterFact is the object fact an exported function or method exports
// when its result is the value of one environment variable or config key:
// a getter (Opts.PollingFrequency(), config.CoreSecret()), or an accessor
// whose receiver or parameter names the key (Key.GetString(), a wrapper
// String(key) of viper). It names keys, never owners, so it does not
// depend on the spec: go vet caches facts without looking at
// boundaries.yaml.
type getterFact struct {
	Key  string  // the key, when From is 0
	Kind keyKind // what the key names
	// From is 0 for a getter of Key; 1 when the receiver names the key
	// (config.ServiceJWTSecret.GetString()); 2+i when parameter i does.
	From int
}

func (*getterFact) AFact() {}

// methodGetters is the package fact that carries the getterFacts of the
// package's methods (see funcfacts: a fact about a method would be copied
// into every dependent package's fact file).
type methodGetters struct {
	Methods []funcfacts.Entry[*getterFact]
}

func (*methodGetters) AFact() {}

func (t *methodGetters) Entries() *[]funcfacts.Entry[*getterFact] { return &t.Methods }

func (t *methodGetters) String() string { return funcfacts.String[*getterFact](t) }

func (f *getterFact) String() string {
	switch f.From {
	case 0:
		return "gets " + f.Kind.String() + " " + f.Key
	case 1:
		return "gets the " + f.Kind.String() + " its receiver names"
	}
	return "gets the " + f.Kind.String() + " its parameter " + string(rune('0'+f.From-2)) + " names"
}

// keyKind says what a getter's key names. A constant index of a map
// (c.options["POLLING_FREQUENCY"]) may hold either; the spec's claims
// decide at the call.
type keyKind uint8

const (
	envKind keyKind = iota
	configKind
	eitherKind
)

func (k keyKind) String() string {
	switch k {
	case envKind:
		return "env"
	case configKind:
		return "config key"
	}
	return "setting"
}

func kindOf(k boundary.AccessKind) keyKind {
	if k == boundary.ConfigKey {
		return configKind
	}
	return envKind
}

// source is one key a value comes from: a constant key, or the key that
// the receiver (from 1) or parameter from-2 of the function names.
type source struct {
	key  string
	kind keyKind
	from int
}

// unknown stands for a key built at run time: a value that comes from it
// comes from no one key.
var unknown = source{from: -1}

// sources is a small set of sources.
type sources []source

func (s sources) add(more ...source) sources {
	for _, x := range more {
		i := slices.IndexFunc(s, func(y source) bool { return y.key == x.key && y.from == x.from })
		switch {
		case i < 0:
			s = append(s, x)
		case s[i].kind != x.kind:
			s[i].kind = eitherKind
		}
	}
	return s
}

// inference finds the package's getters: functions whose every returned
// value (errors aside) comes from one key. A value comes from the keys of
// what it is computed from: an accessor call with a constant key, a call
// of a getter, a map indexed by a constant, a local variable through every
// value assigned to it, and a field or package variable through every
// value the package assigns to it (or the case of a switch on a setting's
// name that assigns it).
type inference struct {
	info   *types.Info
	fold   *constfold.Folder
	stored writes // built on first use
	files  []*ast.File
	decls  map[*types.Func]*ast.FuncDecl
	facts  map[*types.Func]*getterFact // memoised; nil: no getter
	vars   map[*types.Var]sources      // memoised sources of stored values
	busy   map[any]bool                // guards recursion through cycles
	// imported returns the fact another package exported for fn.
	imported func(fn *types.Func) *getterFact
}

func newInference(info *types.Info, files []*ast.File, fold *constfold.Folder, imported func(*types.Func) *getterFact) *inference {
	x := &inference{info: info, fold: fold, files: files, decls: map[*types.Func]*ast.FuncDecl{},
		facts: map[*types.Func]*getterFact{}, vars: map[*types.Var]sources{}, busy: map[any]bool{}, imported: imported}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Type.Results != nil {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					x.decls[fn] = fd
				}
			}
		}
	}
	return x
}

// fact returns fn's getter fact, inferred from its body when the package
// declares it, nil when fn is no getter.
func (x *inference) fact(fn *types.Func) *getterFact {
	fn = fn.Origin()
	if f, ok := x.facts[fn]; ok {
		return f
	}
	decl := x.decls[fn]
	if decl == nil {
		if fn.Pkg() == nil || x.imported == nil {
			return nil
		}
		f := x.imported(fn)
		x.facts[fn] = f
		return f
	}
	if x.busy[fn] {
		return nil
	}
	x.busy[fn] = true
	var all sources
	for _, e := range returned(x.info, decl) {
		all = all.add(x.sources(e, decl)...)
	}
	var f *getterFact
	if len(all) == 1 && all[0] != unknown && x.readsOnly(decl, all[0]) {
		f = &getterFact{Key: all[0].key, Kind: all[0].kind, From: all[0].from}
	}
	delete(x.busy, fn) // only now: readsOnly asks for the facts of the functions fn calls, which may call fn
	x.facts[fn] = f
	return f
}

// readsOnly reports whether every key decl reads, through an accessor or
// a getter anywhere in its body (closures included), is the key its
// result comes from: a function that reads two keys is a getter of
// neither, whichever reaches its result (an HTTP client built from four
// settings is no getter of its timeout).
func (x *inference) readsOnly(decl *ast.FuncDecl, key source) bool {
	only := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !only {
			return only
		}
		for _, s := range x.callReads(call, decl) {
			if s.key != key.key || s.from != key.from {
				only = false
			}
		}
		return only
	})
	return only
}

// returned lists the values decl returns, errors aside: the results of
// its return statements (not those of function literals), and its named
// results for a bare return.
func returned(info *types.Info, decl *ast.FuncDecl) []ast.Expr {
	var out []ast.Expr
	keep := func(e ast.Expr) {
		if t := info.TypeOf(e); t == nil || !types.Identical(t, errorType) {
			out = append(out, e)
		}
	}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, e := range n.Results {
				keep(e)
			}
			if len(n.Results) == 0 {
				for _, field := range decl.Type.Results.List {
					for _, name := range field.Names {
						keep(name)
					}
				}
			}
		}
		return true
	})
	return out
}

var errorType = types.Universe.Lookup("error").Type()

// sources returns the keys e's value comes from, in the function decl.
func (x *inference) sources(e ast.Expr, decl *ast.FuncDecl) sources {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := x.info.ObjectOf(e).(*types.Var)
		if !ok {
			return nil
		}
		return x.varSources(v)
	case *ast.SelectorExpr:
		if s := x.info.Selections[e]; s != nil && s.Kind() == types.FieldVal {
			f, _ := s.Obj().(*types.Var)
			out := x.varSources(f)
			switch ast.Unparen(e.X).(type) {
			case *ast.IndexExpr, *ast.CallExpr: // c.options["POLLING_FREQUENCY"].duration
				out = out.add(x.sources(e.X, decl)...)
			}
			return out
		}
		if v, ok := x.info.Uses[e.Sel].(*types.Var); ok { // pkg.Var
			return x.varSources(v)
		}
	case *ast.IndexExpr:
		if _, ok := x.info.TypeOf(e.X).Underlying().(*types.Map); ok {
			if key, ok := x.fold.String(e.Index); ok && keyShaped(key) {
				return sources{{key: key, kind: eitherKind}}
			}
		}
		return x.sources(e.X, decl)
	case *ast.CallExpr:
		return x.callSources(e, decl)
	case *ast.StarExpr:
		return x.sources(e.X, decl)
	case *ast.UnaryExpr:
		return x.sources(e.X, decl)
	case *ast.BinaryExpr:
		return x.sources(e.X, decl).add(x.sources(e.Y, decl)...)
	case *ast.TypeAssertExpr:
		return x.sources(e.X, decl)
	case *ast.CompositeLit:
		var out sources
		bundle := false
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			s := x.sources(elt, decl)
			bundle = bundle || len(s) == 0
			out = out.add(s...)
		}
		if bundle && len(out) > 0 {
			// a setting bundled with values of its own (a token and its
			// expiry) is a value of its own, not the setting
			return sources{unknown}
		}
		return out
	}
	return nil
}

// callSources returns the keys a call's result comes from: the key an
// accessor or getter reads, else the keys of its receiver and arguments
// (parseInt(os.Getenv("K")), time.Duration(c.n) * time.Second).
func (x *inference) callSources(call *ast.CallExpr, decl *ast.FuncDecl) sources {
	if tv, ok := x.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return x.sources(call.Args[0], decl) // a conversion
		}
		return nil
	}
	if reads := x.callReads(call, decl); reads != nil {
		return reads
	}
	var out sources
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && x.info.Selections[sel] != nil {
		out = x.sources(sel.X, decl)
	}
	for _, a := range call.Args {
		out = out.add(x.sources(a, decl)...)
	}
	return out
}

// callReads returns the key a call of an accessor or a getter reads
// (unknown for a key built at run time), nil for any other call.
func (x *inference) callReads(call *ast.CallExpr, decl *ast.FuncDecl) sources {
	fn, _ := typeutil.Callee(x.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	for _, k := range builtinKeys(fn.Origin()) {
		if k.verb == "reads" && !k.rest && !k.expand && k.arg < len(call.Args) {
			if s, ok := x.keyArg(call.Args[k.arg], decl, kindOf(k.kind)); ok {
				return sources{s}
			}
			return sources{unknown} // a key built at run time: no getter
		}
	}
	f := x.fact(fn)
	if f == nil {
		return nil
	}
	if f.From == 0 {
		return sources{{key: f.Key, kind: f.Kind}}
	}
	if arg := argOf(x.info, call, f.From); arg != nil {
		if s, ok := x.keyArg(arg, decl, f.Kind); ok {
			return sources{s}
		}
	}
	return sources{unknown}
}

// keyArg returns the source an accessor's key argument names: a constant
// key, or the receiver or a parameter of decl (through a conversion, as
// in viper.GetString(string(k))).
func (x *inference) keyArg(arg ast.Expr, decl *ast.FuncDecl, kind keyKind) (source, bool) {
	if key, ok := x.fold.String(arg); ok {
		return source{key: key, kind: kind}, true
	}
	for {
		call, ok := ast.Unparen(arg).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			break
		}
		if tv, ok := x.info.Types[call.Fun]; !ok || !tv.IsType() {
			break
		}
		arg = call.Args[0]
	}
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok {
		return source{}, false
	}
	if from := paramIndex(x.info, decl, x.info.Uses[id]); from > 0 {
		return source{kind: kind, from: from}, true
	}
	return source{}, false
}

// paramIndex returns 1 when obj is decl's receiver, 2+i when it is its
// parameter i, 0 otherwise.
func paramIndex(info *types.Info, decl *ast.FuncDecl, obj types.Object) int {
	if obj == nil {
		return 0
	}
	if decl.Recv != nil {
		for _, f := range decl.Recv.List {
			for _, n := range f.Names {
				if info.Defs[n] == obj {
					return 1
				}
			}
		}
	}
	i := 0
	for _, f := range decl.Type.Params.List {
		for _, n := range f.Names {
			if info.Defs[n] == obj {
				return 2 + i
			}
			i++
		}
		if len(f.Names) == 0 {
			i++
		}
	}
	return 0
}
