package endpoints

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/finding"
)

// handler is what serves a route: the function, method or type, the
// package that declares it (whose component owns the endpoint) and the
// JSON it reads and writes.
type handler struct {
	Name     string
	Package  string
	Request  *finding.Body
	Response *finding.Body
	// FromParam is the 1-based index of the parameter that holds the
	// handler, in a template; 0 when it is known.
	FromParam  int
	Unresolved string // why it is unknown, when it is
}

// handler resolves the expression a route is served by. Middleware
// around it (a call that takes a handler and returns one) is unwrapped:
// the route's owner is the innermost handler's.
func (s *fnState) handler(e ast.Expr) handler {
	h, _ := s.unwrap(e, 0)
	return h
}

// unwrap resolves e and returns the middleware around it, outermost first.
func (s *fnState) unwrap(e ast.Expr, depth int) (handler, []finding.Middleware) {
	info := s.c.pass.TypesInfo
	e = ast.Unparen(e)
	if depth > 8 {
		return handler{Unresolved: "handler wrapped too deep"}, nil
	}
	switch x := e.(type) {
	case *ast.FuncLit:
		return s.closure(x), nil
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return s.unwrap(x.Args[0], depth+1) // http.HandlerFunc(f)
		}
		fn := s.callee(x)
		if fn == nil {
			return handler{Unresolved: "handler from a call of a func value"}, nil
		}
		if fn.Pkg() != nil && libraryOf(fn.Pkg().Path()) == libEcho && fn.Name() == "WrapHandler" && len(x.Args) == 1 {
			return s.unwrap(x.Args[0], depth+1)
		}
		for _, a := range typenames.CallArgs(info, x) {
			if a != nil && isHandlerType(info.TypeOf(a)) && isHandlerType(fn.Signature().Results().At(0).Type()) && fn.Signature().Results().Len() == 1 {
				h, mws := s.unwrap(a, depth+1)
				return h, append([]finding.Middleware{middlewareOf(fn)}, mws...)
			}
		}
		return s.function(fn), nil // a handler factory: the function builds it
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := s.funcRef(x); ok {
			return s.function(fn), nil
		}
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = info.Uses[id]
		} else if sel := info.Selections[x.(*ast.SelectorExpr)]; sel != nil {
			obj = sel.Obj()
		} else {
			obj = info.Uses[x.(*ast.SelectorExpr).Sel]
		}
		if v, ok := obj.(*types.Var); ok {
			if i, isParam := s.params[v]; isParam {
				return handler{FromParam: i + 1}, nil
			}
			if init := s.single(v); init != nil {
				return s.unwrap(init, depth+1)
			}
		}
	}
	t := info.TypeOf(e)
	if m := serveHTTP(t); m != nil {
		return s.function(m), nil
	}
	if t != nil && types.IsInterface(t) {
		return handler{Unresolved: "handler from a value of interface type " + types.TypeString(t, types.RelativeTo(s.c.pass.Pkg))}, nil
	}
	return handler{Unresolved: "handler from a variable"}, nil
}

// funcRef returns the function or method e names (a method value too).
func (s *fnState) funcRef(e ast.Expr) (*types.Func, bool) {
	info := s.c.pass.TypesInfo
	switch x := e.(type) {
	case *ast.Ident:
		fn, ok := info.Uses[x].(*types.Func)
		return fn, ok
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil {
			if sel.Kind() == types.MethodVal || sel.Kind() == types.MethodExpr {
				fn, ok := sel.Obj().(*types.Func)
				return fn, ok
			}
			return nil, false
		}
		fn, ok := info.Uses[x.Sel].(*types.Func)
		return fn, ok
	}
	return nil, false
}

// single returns what a local variable is assigned when it is assigned
// once, in the function being interpreted.
func (s *fnState) single(v *types.Var) ast.Expr {
	if s.decl == nil || v.Parent() == s.c.pass.Pkg.Scope() {
		return nil
	}
	var found ast.Expr
	n := 0
	ast.Inspect(s.decl.Body, func(node ast.Node) bool {
		as, ok := node.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			if vs, ok := node.(*ast.ValueSpec); ok && len(vs.Names) == len(vs.Values) {
				for i, id := range vs.Names {
					if s.c.pass.TypesInfo.Defs[id] == v {
						found, n = vs.Values[i], n+1
					}
				}
			}
			return true
		}
		for i, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && s.c.pass.TypesInfo.ObjectOf(id) == v {
				found, n = as.Rhs[i], n+1
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return found
}

// function is the handler a function or method serves with, its JSON
// read from its body (this package) or its fact.
func (s *fnState) function(fn *types.Func) handler {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return handler{Name: fn.Name()} // a method of the universe's error
	}
	h := handler{Name: typenames.FuncName(fn), Package: fn.Pkg().Path()}
	if b := s.c.bodyOf(fn); b != nil {
		h.Request, h.Response = b.Request, b.Response
	}
	return h
}

// closure is the handler a func literal serves with. It belongs to the
// package it calls into when every call it makes into the module's other
// packages goes to one component (an adapter in the composition root);
// else to the package that declares it.
func (s *fnState) closure(lit *ast.FuncLit) handler {
	h := handler{Name: "func literal in " + s.name(), Package: s.c.pass.Pkg.Path()}
	var into *types.Func
	one := true
	adapts := 0 // 1 + the index of the func parameter the literal calls
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && adapts == 0 {
			if v, ok := s.c.pass.TypesInfo.Uses[id].(*types.Var); ok {
				if i, isParam := s.params[v]; isParam {
					adapts = i + 1
				}
			}
		}
		fn := s.callee(call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg() == s.c.pass.Pkg || !s.c.inModule(fn.Pkg().Path()) {
			return true
		}
		switch {
		case into == nil:
			into = fn
		case s.c.spec.ComponentOf(into.Pkg().Path()) != s.c.spec.ComponentOf(fn.Pkg().Path()):
			one = false
		}
		return true
	})
	if adapts > 0 {
		return handler{FromParam: adapts} // the literal adapts a handler its function is passed
	}
	if into != nil && one {
		h.Package = into.Pkg().Path()
		h.Name = "func literal calling " + typenames.FuncName(into)
		if b := s.c.bodyOf(into.Origin()); b != nil {
			h.Request, h.Response = b.Request, b.Response
		}
	}
	if b := s.c.bodies1(lit.Body); b.Request != nil || b.Response != nil {
		h.Request, h.Response = or(b.Request, h.Request), or(b.Response, h.Response)
	}
	return h
}

func or(a, b *finding.Body) *finding.Body {
	if a != nil {
		return a
	}
	return b
}

// middlewares resolves middleware arguments.
func (s *fnState) middlewares(args []ast.Expr) []finding.Middleware {
	var out []finding.Middleware
	for _, a := range args {
		out = append(out, s.middleware(a))
	}
	return out
}

// middleware names one middleware and its package: the function, the
// factory that builds it, or the package that declares a literal.
func (s *fnState) middleware(e ast.Expr) finding.Middleware {
	e = ast.Unparen(e)
	if fn, ok := s.funcRef(e); ok {
		return middlewareOf(fn)
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if fn := s.callee(call); fn != nil {
			return middlewareOf(fn)
		}
	}
	if _, ok := e.(*ast.FuncLit); ok {
		return finding.Middleware{Name: "func literal in " + s.name(), Package: s.c.pass.Pkg.Path()}
	}
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := s.c.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if init := s.single(v); init != nil && init != e {
				return s.middleware(init)
			}
		}
	}
	if tv, ok := s.c.pass.TypesInfo.Types[e]; ok && tv.Type != nil {
		if n := typenames.Named(tv.Type); n != nil && n.Obj().Pkg() != nil {
			return finding.Middleware{Name: types.ExprString(e), Package: n.Obj().Pkg().Path()}
		}
	}
	return finding.Middleware{Name: types.ExprString(e), Package: s.c.pass.Pkg.Path()}
}

func middlewareOf(fn *types.Func) finding.Middleware {
	if fn.Pkg() == nil {
		return finding.Middleware{Name: fn.Name()}
	}
	return finding.Middleware{Name: typenames.FuncName(fn), Package: fn.Pkg().Path()}
}

// bodyOf returns the JSON a function of the package decodes and encodes
// (from its body and the func literals in it), or another package's from
// its fact.
func (c *checker) bodyOf(fn *types.Func) *bodyFact {
	if b, ok := c.bodies[fn]; ok {
		return b
	}
	var b *bodyFact
	if fn.Pkg() == c.pass.Pkg {
		if d := c.decls[fn]; d != nil {
			bf := c.bodies1(d.Body)
			b = &bf
		}
	} else if fn.Pkg() != nil {
		if f, ok := c.bodyFacts.Import(fn); ok {
			b = f
		}
	}
	c.bodies[fn] = b
	return b
}

// bodies1 reads the first JSON request and response a body decodes and
// encodes.
func (c *checker) bodies1(body ast.Node) bodyFact {
	var b bodyFact
	info := c.pass.TypesInfo
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			return true
		}
		args := call.Args
		var req, resp ast.Expr
		switch path, recv, name := fn.Pkg().Path(), typenames.RecvName(fn), fn.Name(); {
		case path == "encoding/json" && recv == "Decoder" && name == "Decode" && len(args) == 1:
			req = args[0]
		case path == "encoding/json" && recv == "" && name == "Unmarshal" && len(args) == 2:
			req = args[1]
		case path == "encoding/json" && recv == "Encoder" && name == "Encode" && len(args) == 1:
			resp = args[0]
		case libraryOf(path) == libGin && recv == "Context":
			switch name {
			case "ShouldBindJSON", "BindJSON", "ShouldBind", "Bind":
				if len(args) == 1 {
					req = args[0]
				}
			case "JSON", "IndentedJSON", "PureJSON", "SecureJSON", "AsciiJSON":
				if len(args) == 2 {
					resp = args[1]
				}
			}
		case libraryOf(path) == libEcho && recv == "Context":
			switch name {
			case "Bind":
				if len(args) == 1 {
					req = args[0]
				}
			case "JSON", "JSONPretty":
				if len(args) >= 2 {
					resp = args[1]
				}
			}
		}
		if req != nil && b.Request == nil {
			b.Request = c.jsonBody(info.TypeOf(req), true)
		}
		if resp != nil && b.Response == nil {
			b.Response = c.jsonBody(info.TypeOf(resp), false)
		}
		return true
	})
	return b
}

// jsonBody describes a type as JSON: its name and, for a struct (or a
// slice of them), its field names. A decode target is a pointer: its
// element is the type.
func (c *checker) jsonBody(t types.Type, target bool) *finding.Body {
	if t == nil {
		return nil
	}
	if p, ok := t.(*types.Pointer); ok && target {
		t = p.Elem()
	}
	b := &finding.Body{Type: types.TypeString(t, func(p *types.Package) string { return p.Name() })}
	elem := t
	for {
		switch u := elem.Underlying().(type) {
		case *types.Pointer:
			elem = u.Elem()
			continue
		case *types.Slice:
			elem = u.Elem()
			continue
		case *types.Array:
			elem = u.Elem()
			continue
		}
		break
	}
	if st, ok := elem.Underlying().(*types.Struct); ok {
		b.Fields = jsonFields(st, map[*types.Struct]bool{})
	}
	return b
}

// jsonFields lists a struct's JSON field names as encoding/json does:
// exported fields by tag or name, json:"-" left out, untagged embedded
// structs inlined.
func jsonFields(st *types.Struct, seen map[*types.Struct]bool) []string {
	if seen[st] {
		return nil
	}
	seen[st] = true
	var out []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" && !strings.HasPrefix(tag, "-,") {
			continue
		}
		if f.Embedded() && name == "" {
			t := f.Type()
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			if inner, ok := t.Underlying().(*types.Struct); ok {
				out = append(out, jsonFields(inner, seen)...)
				continue
			}
		}
		if !f.Exported() {
			continue
		}
		if name == "" {
			name = f.Name()
		}
		out = append(out, name)
	}
	return out
}
