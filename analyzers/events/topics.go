package events

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/stores"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
)

// maxDepth bounds how far a topic is traced through variables and fields.
const maxDepth = 6

// resolved is what a topic expression names: topics, or why none.
type resolved struct {
	topics []string
	param  *types.Var // the topic is this parameter of paramFn (a wrapper, or a constructor that stores it)
	// paramFn declares param: the function being read, or another function
	// of the package that stored its parameter where the site reads it
	paramFn *types.Func
	method  string // the topic is param's method of this name (a typed event)
	reason  string // why it could not be resolved, when topics and param are empty
}

func unresolved(reason string) resolved { return resolved{reason: reason} }

// topic resolves e, a string (or *string) expression naming a topic.
func (c *checker) topic(e ast.Expr, depth int) resolved {
	if depth > maxDepth {
		return unresolved("traced too far")
	}
	e = ast.Unparen(e)
	if ss, ok := c.fold.Strings(e); ok {
		return resolved{topics: ss}
	}
	switch e := e.(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.topic(e.X, depth+1)
		}
	case *ast.StarExpr:
		return c.topic(e.X, depth+1)
	case *ast.CallExpr:
		return c.callTopic(e, depth)
	case *ast.Ident, *ast.SelectorExpr:
		v := c.varOf(e)
		if v == nil {
			break
		}
		if c.params[v] {
			if paramIndex(c.enclFn, v) < 0 {
				return unresolved("parameter " + v.Name() + " of a function literal")
			}
			return resolved{param: v, paramFn: c.enclFn}
		}
		if fn := c.declParam(v); fn != nil {
			return resolved{param: v, paramFn: fn} // NewQueue(name) stores name; Send publishes to it
		}
		if sel, ok := e.(*ast.SelectorExpr); ok && c.handleName(sel) {
			return c.originTopic(sel.X, depth+1) // q.Name of q, _ := ch.QueueDeclare(name, ...)
		}
		if t, ok := tagTopic(c.tagOf(e)); ok {
			return resolved{topics: []string{t}}
		}
		what := "variable " + v.Name()
		if v.IsField() {
			what = "field " + v.Name()
		}
		return c.throughWrites(v, what+" set at run time", func(w ast.Expr) resolved { return c.topic(w, depth+1) })
	}
	return unresolved("built at run time")
}

// callTopic resolves a call that yields a topic: an env var or config key
// read (os.Getenv, viper, the spec's config accessors and getters), a
// pointer helper (aws.String), a conversion.
func (c *checker) callTopic(call *ast.CallExpr, depth int) resolved {
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return c.topic(call.Args[0], depth+1) // string(x), Topic(x)
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return unresolved("returned by a function value")
	}
	if s, ok := c.constOf(fn.Origin()); ok {
		return resolved{topics: []string{s}} // (&TaskCreated{}).Name(), a constant
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(call.Args) == 0 {
		if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			if v := c.varOf(x); v != nil && c.params[v] && paramIndex(c.enclFn, v) >= 0 {
				return resolved{param: v, paramFn: c.enclFn, method: sel.Sel.Name} // event.Name() of Dispatch(event Event)
			}
		}
	}
	args := typenames.CallArgs(c.pass.TypesInfo, call)
	key := func(i int, prefix string) resolved {
		if i < len(args) {
			if s, ok := c.fold.String(args[i]); ok {
				return resolved{topics: []string{prefix + s}}
			}
		}
		return unresolved(prefix + " key built at run time")
	}
	switch {
	case typenames.Is(fn, "os", "", "Getenv"), typenames.Is(fn, "os", "", "LookupEnv"):
		return key(0, "env:")
	case (fn.Pkg().Path() == "github.com/spf13/viper") && (fn.Name() == "GetString" || fn.Name() == "GetStringSlice"):
		return key(0, "config:")
	case inPkgs(fn.Pkg().Path(), awsPointerPkgs) && fn.Name() == "String" && len(args) == 1,
		inPkgs(fn.Pkg().Path(), confluentPkgs) && fn.Name() == "StringPtr" && len(args) == 1:
		return c.topic(args[0], depth+1)
	}
	if c.spec != nil {
		for _, a := range c.spec.Config.Accessors {
			if funcIs(fn, a.Func) {
				return key(a.Key, string(a.Kind)+":")
			}
		}
		for _, g := range c.spec.Config.Getters {
			if funcIs(fn, g.Func) {
				return resolved{topics: []string{string(g.Kind) + ":" + g.Key}}
			}
		}
	}
	return unresolved("returned by " + typenames.FuncName(fn))
}

// topicsOf resolves where t says a call names its topic; recv is the
// call's receiver expression (nil for a function).
func (c *checker) topicsOf(call *ast.CallExpr, recv ast.Expr, t topicFrom, depth int) resolved {
	if t.else_ != nil {
		first := t
		first.else_ = nil
		if r := c.topicsOf(call, recv, first, depth); len(r.topics) != 1 || r.topics[0] != "" {
			return r // resolved, or not: the fallback is for an empty name only
		}
		return c.topicsOf(call, recv, *t.else_, depth)
	}
	if t.arg < 0 {
		if recv == nil {
			return unresolved("no receiver")
		}
		return c.originTopic(recv, depth)
	}
	args := typenames.CallArgs(c.pass.TypesInfo, call)
	if t.arg >= len(args) {
		return unresolved("argument missing")
	}
	a := args[t.arg]
	if t.method != "" {
		return c.methodTopic(a, t.method)
	}
	if len(t.field) > 0 {
		if call.Ellipsis.IsValid() || t.arg < len(args)-1 || !c.variadic(call) {
			return c.fieldTopic(a, t.field, depth)
		}
		var out resolved
		for _, a := range args[t.arg:] { // WriteMessages(ctx, m1, m2)
			r := c.fieldTopic(a, t.field, depth)
			if len(r.topics) == 0 {
				return r
			}
			out.topics = appendNew(out.topics, r.topics...)
		}
		return out
	}
	if t.list {
		return c.listTopics(a, depth)
	}
	return c.topic(a, depth)
}

// methodTopic resolves a typed event: the constant its method name
// returns, by the argument's static type; an event of interface type that
// is the function's own parameter makes a wrapper of the wrapper.
func (c *checker) methodTopic(a ast.Expr, name string) resolved {
	t := c.pass.TypesInfo.TypeOf(a)
	if t == nil {
		return unresolved("event type unknown")
	}
	if types.IsInterface(t) {
		if x, ok := ast.Unparen(a).(*ast.Ident); ok {
			if v := c.varOf(x); v != nil && c.params[v] && paramIndex(c.enclFn, v) >= 0 {
				return resolved{param: v, paramFn: c.enclFn, method: name}
			}
		}
		return unresolved("event of interface type " + t.String())
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return unresolved("event type " + t.String() + " has no method " + name)
	}
	if s, ok := c.constOf(fn.Origin()); ok {
		return resolved{topics: []string{s}}
	}
	return unresolved("method " + name + " of " + t.String() + " returns no constant")
}

func (c *checker) variadic(call *ast.CallExpr) bool {
	sig, ok := c.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature)
	return ok && sig.Variadic()
}

// fieldTopic resolves the field path of a struct value e: a composite
// literal, a pointer to one, a slice literal of them, or a variable
// assigned one.
func (c *checker) fieldTopic(e ast.Expr, path []string, depth int) resolved {
	if depth > maxDepth {
		return unresolved("traced too far")
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return c.fieldTopic(x.X, path, depth+1)
		}
	case *ast.CompositeLit:
		if _, isSlice := c.pass.TypesInfo.TypeOf(x).Underlying().(*types.Slice); isSlice {
			var out resolved
			for _, el := range x.Elts {
				r := c.fieldTopic(el, path, depth+1)
				if len(r.topics) == 0 {
					return r
				}
				out.topics = appendNew(out.topics, r.topics...)
			}
			return out
		}
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if id, isID := kvKey(kv); ok && isID && id.Name == path[0] {
				if len(path) == 1 {
					return c.topic(kv.Value, depth+1)
				}
				return c.fieldTopic(kv.Value, path[1:], depth+1)
			}
		}
		return resolved{topics: []string{""}} // the field is left empty: kafka-go's Writer{} takes each Message's Topic
	case *ast.Ident:
		v := c.varOf(x)
		if v == nil {
			break
		}
		if c.params[v] {
			return unresolved("message from parameter " + v.Name())
		}
		return c.throughWrites(v, "message built at run time", func(w ast.Expr) resolved { return c.fieldTopic(w, path, depth+1) })
	}
	return unresolved("message built at run time")
}

func kvKey(kv *ast.KeyValueExpr) (*ast.Ident, bool) {
	if kv == nil {
		return nil, false
	}
	id, ok := kv.Key.(*ast.Ident)
	return id, ok
}

// listTopics resolves a []string of topics.
func (c *checker) listTopics(e ast.Expr, depth int) resolved {
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		var out resolved
		for _, el := range x.Elts {
			r := c.topic(el, depth+1)
			if len(r.topics) == 0 {
				return r
			}
			out.topics = appendNew(out.topics, r.topics...)
		}
		return out
	case *ast.Ident:
		if v := c.varOf(x); v != nil && !c.params[v] {
			if writes, known := c.writesOf(v); known && len(writes) == 1 {
				return c.listTopics(writes[0], depth+1)
			}
		}
	}
	return c.topic(e, depth)
}

// originTopic traces a handle bound to one topic (a kafka-go Writer, a
// Pub/Sub Topic or Subscription) back to the constructor or literal that
// made it.
func (c *checker) originTopic(e ast.Expr, depth int) resolved {
	if depth > maxDepth {
		return unresolved("traced too far")
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return c.originTopic(x.X, depth+1)
		}
	case *ast.StarExpr:
		return c.originTopic(x.X, depth+1)
	case *ast.CompositeLit:
		if n := typenames.Named(c.pass.TypesInfo.TypeOf(x)); n != nil && n.Obj().Pkg() != nil {
			if o, ok := matchOrigin(n.Obj().Pkg().Path(), "", n.Obj().Name()); ok {
				return c.fieldTopic(x, o.topic.field, depth+1)
			}
		}
		return unresolved("handle built at run time")
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(c.pass.TypesInfo, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			return unresolved("handle from a function value")
		}
		if o, ok := matchOrigin(fn.Pkg().Path(), typenames.RecvName(fn), fn.Name()); ok {
			return c.topicsOf(x, nil, o.topic, depth+1)
		}
		return unresolved("handle returned by " + typenames.FuncName(fn))
	case *ast.Ident, *ast.SelectorExpr:
		v := c.varOf(x)
		if v == nil {
			break
		}
		if c.params[v] {
			return unresolved("handle from parameter " + v.Name())
		}
		return c.throughWrites(v, "handle set at run time", func(w ast.Expr) resolved { return c.originTopic(w, depth+1) })
	}
	return unresolved("handle built at run time")
}

// throughWrites resolves a variable or field by every value the package
// stores into it: the union of their topics, or the first that does not
// resolve (why, when no value is known).
func (c *checker) throughWrites(v *types.Var, why string, resolve func(ast.Expr) resolved) resolved {
	writes, known := c.writesOf(v)
	if !known || len(writes) == 0 {
		return unresolved(why)
	}
	var out resolved
	for _, w := range writes {
		r := resolve(w)
		if len(r.topics) == 0 {
			return r
		}
		out.topics = appendNew(out.topics, r.topics...)
	}
	return out
}

// handleName reports whether sel selects the field of a handle type that
// names its topic (amqp.Queue's Name).
func (c *checker) handleName(sel *ast.SelectorExpr) bool {
	n := typenames.Named(c.pass.TypesInfo.TypeOf(sel.X))
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	for _, h := range handleNames {
		if h.typ == n.Obj().Name() && h.field == sel.Sel.Name && inPkgs(n.Obj().Pkg().Path(), h.pkgs) {
			return true
		}
	}
	return false
}

// declParam returns the function of the package that declares v as one
// of its own parameters, or nil: a topic a constructor stores in a field
// comes from its callers, which name it.
func (c *checker) declParam(v *types.Var) *types.Func {
	if c.allParams == nil {
		c.allParams = map[*types.Var]*types.Func{}
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if fn == nil {
					continue
				}
				ps := fn.Signature().Params()
				for i := range ps.Len() {
					c.allParams[ps.At(i)] = fn
				}
			}
		}
	}
	return c.allParams[v]
}

// varOf returns the variable or field e names, or nil.
func (c *checker) varOf(e ast.Expr) *types.Var {
	switch x := e.(type) {
	case *ast.Ident:
		v, _ := c.pass.TypesInfo.Uses[x].(*types.Var)
		return v
	case *ast.SelectorExpr:
		if sel := c.pass.TypesInfo.Selections[x]; sel != nil {
			if sel.Kind() == types.FieldVal {
				v, _ := sel.Obj().(*types.Var)
				return v
			}
			return nil
		}
		v, _ := c.pass.TypesInfo.Uses[x.Sel].(*types.Var) // a package-level variable of another package
		return v
	}
	return nil
}

// writesOf returns every value the package assigns to v; known is false
// when one of them is unknown (x, err = f(), &x) or v is declared in
// another package, whose writes this package cannot see.
func (c *checker) writesOf(v *types.Var) ([]ast.Expr, bool) {
	if c.writes == nil {
		c.writes = collectWrites(c.pass.TypesInfo, c.pass.Files)
	}
	ws, ok := c.writes[v]
	if !ok {
		return nil, v.Pkg() == c.pass.Pkg
	}
	for _, w := range ws {
		if w == nil {
			return nil, false
		}
	}
	return ws, true
}

// collectWrites maps each variable and struct field to the values the
// files assign to it: assignments, declarations, and fields of struct
// literals. An unknown value (a multi-value call's later results, &x, x++,
// a range variable) is recorded as nil.
func collectWrites(info *types.Info, files []*ast.File) map[*types.Var][]ast.Expr {
	out := map[*types.Var][]ast.Expr{}
	stores.Walk(info, files, func(s stores.Store) {
		value := s.Value
		switch s.Kind {
		case stores.Assign, stores.Define:
			if s.Multi {
				// q, err := ch.QueueDeclare(name, ...): the call stands for its first
				// result, which is what origins and configuration reads trace
				value = nil
				if call, ok := ast.Unparen(s.Value).(*ast.CallExpr); ok && s.Result == 0 {
					value = call
				}
			}
		case stores.Decl:
			if s.Zero {
				return // var t string: what is assigned later counts
			}
			if s.Multi {
				value = nil
			}
		case stores.Keyed, stores.Positional:
			if s.Elided {
				// []*T{{...}}: events never traced into an elided &T{...};
				// doing so changes which topics resolve, a change of its own
				return
			}
		case stores.AddrOf:
			// &x stored in a literal's field (confluent's TopicPartition{Topic:
			// &topic}) reads x; any other &x may write it.
			if s.Lit != nil && !s.Elided {
				return
			}
		}
		out[s.Var] = append(out[s.Var], value)
	})
	return out
}

// tagTopic reads the env var a config struct field is filled from, by
// the tags of caarlos0/env (env:"NAME") and envconfig (envconfig:"NAME"):
// the topic is named env:NAME.
func tagTopic(tag string) (string, bool) {
	st := reflect.StructTag(tag)
	for _, key := range []string{"env", "envconfig"} {
		if v, ok := st.Lookup(key); ok {
			if name, _, _ := strings.Cut(v, ","); name != "" && name != "-" {
				return "env:" + name, true
			}
		}
	}
	return "", false
}

// tagOf returns the struct tag of the field a selector selects, "" for
// anything else.
func (c *checker) tagOf(e ast.Expr) string {
	x, ok := e.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	sel := c.pass.TypesInfo.Selections[x]
	if sel == nil || sel.Kind() != types.FieldVal {
		return ""
	}
	t := sel.Recv()
	for i, k := range sel.Index() {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return ""
		}
		if i == len(sel.Index())-1 {
			return st.Tag(k)
		}
		t = st.Field(k).Type()
	}
	return ""
}

// funcIs reports whether fn is the function the spec names.
func funcIs(fn *types.Func, f boundary.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == f.Package && typenames.RecvName(fn) == f.Type && fn.Name() == f.Name
}

func appendNew(to []string, xs ...string) []string {
	for _, x := range xs {
		found := false
		for _, y := range to {
			found = found || x == y
		}
		if !found {
			to = append(to, x)
		}
	}
	return to
}
