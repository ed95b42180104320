package endpoints

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/finding"
)

// A router is a router value of one function: a root (built here, a
// parameter, a package variable, one a callee returns, or one the
// analysis cannot trace, such as a struct field) or a sub-router under a
// parent with a path segment and middleware of its own.
type router struct {
	lib      string
	parent   *router
	seg      string // path template joined under parent
	mws      []finding.Middleware
	root     rootKind
	param    int                // the parameter index, for rootParam
	via      []finding.Position // the Mount calls that put it under its parent
	mounted  bool
	returned bool
}

type rootKind int

const (
	rootLocal   rootKind = iota // built in the package: its prefix is known
	rootParam                   // a parameter: callers know its prefix
	rootUnknown                 // a field or an expression the analysis cannot trace
)

// route is one registration on a router of the function.
type route struct {
	r       *router
	lib     string
	kind    string
	methods []string // "" for any method
	path    string   // template, relative to r
	h       handler
	mws     []finding.Middleware
	pos     finding.Position // the leaf registration
	pkg     string
	report  token.Pos // where in this package to report it
	via     []finding.Position
	mount   bool // a handler parameter mounted here (templates only)
}

// builder is a gorilla/mux route under construction: PathPrefix, Path and
// Methods before its Handler or Subrouter.
type builder struct {
	r       *router
	path    string
	methods []string
}

// fnState interprets one function declaration: its routers and routes.
type fnState struct {
	c        *checker
	fn       *types.Func
	decl     *ast.FuncDecl
	params   map[*types.Var]int
	vars     map[types.Object]*router
	calls    map[*ast.CallExpr]*router
	builders map[*ast.CallExpr]*builder
	regs     map[*ast.CallExpr][]*route
	connect  map[types.Object]bool // variables holding a Connect handler's path or handler
	routes   []*route
}

// summary returns the routes fn registers on its router parameters and on
// the router it returns: computed once for a function of the package (and
// its endpoints reported then), read from its fact for another's.
func (c *checker) summary(fn *types.Func) []tmpl {
	fn = fn.Origin()
	if fn.Pkg() != c.pass.Pkg {
		if f, ok := c.routeFacts.Import(fn); ok {
			return f.Routes
		}
		return nil
	}
	if ts, ok := c.summaries[fn]; ok || c.computing[fn] {
		return ts
	}
	decl := c.decls[fn]
	if decl == nil {
		return nil
	}
	c.computing[fn] = true
	s := &fnState{c: c, fn: fn, decl: decl, params: map[*types.Var]int{}, vars: map[types.Object]*router{},
		calls: map[*ast.CallExpr]*router{}, builders: map[*ast.CallExpr]*builder{}, regs: map[*ast.CallExpr][]*route{}, connect: map[types.Object]bool{}}
	sig := fn.Signature()
	for i := 0; i < sig.Params().Len(); i++ {
		s.params[sig.Params().At(i)] = i
	}
	s.walk(decl.Body)
	ts := s.finish()
	delete(c.computing, fn)
	c.summaries[fn] = ts
	return ts
}

// walk interprets a body: calls after their operands (a gorilla chain
// reads inside out), except that a chi Route or Group binds its func
// literal's router parameter when the call is entered, before the
// literal's body is read.
func (s *fnState) walk(body ast.Node) {
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n != nil {
			stack = append(stack, n)
			if call, ok := n.(*ast.CallExpr); ok {
				s.bindLiterals(call)
			}
			return true
		}
		n, stack = stack[len(stack)-1], stack[:len(stack)-1]
		switch n := n.(type) {
		case *ast.CallExpr:
			s.call(n)
		case *ast.AssignStmt:
			s.assign(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			s.assign(lhs, n.Values)
		case *ast.ReturnStmt:
			for _, e := range n.Results {
				if r := s.router(e); r != nil {
					r.returned = true
				}
			}
		}
		return true
	})
}

// bindLiterals gives the router parameter of the func literal a chi Route
// or Group call takes the sub-router the call makes.
func (s *fnState) bindLiterals(call *ast.CallExpr) {
	fn, recv := s.method(call)
	if fn == nil || recv == nil || recv.lib != libChi || (fn.Name() != "Route" && fn.Name() != "Group") {
		return
	}
	lit, ok := ast.Unparen(call.Args[len(call.Args)-1]).(*ast.FuncLit)
	if !ok || len(lit.Type.Params.List) == 0 || len(lit.Type.Params.List[0].Names) == 0 {
		return
	}
	if obj := s.c.pass.TypesInfo.Defs[lit.Type.Params.List[0].Names[0]]; obj != nil {
		s.vars[obj] = s.router(call)
	}
}

// method returns the library method a call calls and the router it calls
// it on; nil, nil for any other call.
func (s *fnState) method(call *ast.CallExpr) (*types.Func, *router) {
	fn, _ := typeutil.Callee(s.c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || libraryOf(fn.Pkg().Path()) == "" || fn.Signature().Recv() == nil {
		return nil, nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return fn, nil
	}
	return fn, s.router(sel.X)
}

// assign records the routers assigned to variables.
func (s *fnState) assign(lhs, rhs []ast.Expr) {
	if len(rhs) == 1 && len(lhs) == 2 {
		if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok && s.c.connectHandler(call) != nil {
			for _, l := range lhs {
				if id, ok := l.(*ast.Ident); ok {
					if obj := s.c.pass.TypesInfo.ObjectOf(id); obj != nil {
						s.connect[obj] = true
					}
				}
			}
		}
		return
	}
	if len(lhs) != len(rhs) {
		return
	}
	for i, l := range lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			continue
		}
		obj := s.c.pass.TypesInfo.ObjectOf(id)
		if obj == nil || routerLib(obj.Type()) == "" {
			continue
		}
		if r := s.router(rhs[i]); r != nil {
			s.vars[obj] = r
		}
	}
}

// router returns the router an expression holds, nil when it holds none.
func (s *fnState) router(e ast.Expr) *router {
	e = ast.Unparen(e)
	info := s.c.pass.TypesInfo
	switch e := e.(type) {
	case *ast.Ident:
		obj := info.ObjectOf(e)
		if obj == nil {
			return nil
		}
		if r, ok := s.vars[obj]; ok {
			return r
		}
		lib := routerLib(obj.Type())
		if lib == "" {
			return nil
		}
		v, _ := obj.(*types.Var)
		var r *router
		switch i, isParam := s.params[v]; {
		case isParam:
			r = &router{lib: lib, root: rootParam, param: i}
		case v != nil && v.Parent() == s.c.pass.Pkg.Scope():
			r = s.c.pkgRouter(obj, lib)
		default:
			r = &router{lib: lib, root: rootUnknown}
		}
		s.vars[obj] = r
		return r
	case *ast.SelectorExpr:
		sel := info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal || routerLib(sel.Obj().Type()) == "" {
			return nil
		}
		if r, ok := s.vars[sel.Obj()]; ok {
			return r
		}
		r := &router{lib: routerLib(sel.Obj().Type()), root: rootUnknown}
		s.vars[sel.Obj()] = r
		return r
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return s.router(e.X)
		}
	case *ast.StarExpr:
		return s.router(e.X)
	case *ast.CallExpr:
		if r, ok := s.calls[e]; ok {
			return r
		}
		r := s.callRouter(e)
		s.calls[e] = r
		return r
	}
	return nil
}

// callRouter returns the router a call returns: a new one (NewRouter,
// gin.New, echo.New, http.NewServeMux), a sub-router (Group, Route, With,
// PathPrefix(...).Subrouter()), or one a module function builds (its
// summary's routes go onto it).
func (s *fnState) callRouter(call *ast.CallExpr) *router { //nolint:funlen // one case per router library's call shape, read side by side
	info := s.c.pass.TypesInfo
	tv, ok := info.Types[call]
	if !ok || tv.IsType() {
		if ok && len(call.Args) == 1 { // a conversion
			return s.router(call.Args[0])
		}
		return nil
	}
	lib := routerLib(tv.Type)
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		if lib != "" {
			return &router{lib: lib, root: rootUnknown}
		}
		return nil
	}
	if fn.Pkg() != nil && libraryOf(fn.Pkg().Path()) != "" {
		if fn.Signature().Recv() == nil {
			if lib != "" {
				return &router{lib: lib, root: rootLocal}
			}
			return nil
		}
		sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if sel == nil {
			return nil
		}
		if b := s.builders[s.callOf(sel.X)]; b != nil && fn.Name() == "Subrouter" {
			return &router{lib: b.r.lib, parent: b.r, seg: b.path}
		}
		parent := s.router(sel.X)
		if parent == nil {
			if lib != "" {
				return &router{lib: lib, root: rootUnknown}
			}
			return nil
		}
		switch fn.Name() {
		case "Route":
			return &router{lib: parent.lib, parent: parent, seg: s.path(call.Args[0])}
		case "Group":
			if parent.lib == libChi {
				return &router{lib: parent.lib, parent: parent}
			}
			return &router{lib: parent.lib, parent: parent, seg: s.path(call.Args[0]), mws: s.middlewares(call.Args[1:])}
		case "With":
			return &router{lib: parent.lib, parent: parent, mws: s.middlewares(call.Args)}
		case "Use":
			if parent.lib == libGin {
				return parent
			}
		}
		if lib != "" {
			return parent // a method returning its receiver, such as gin's Handle
		}
		return nil
	}
	if fn.Pkg() == nil || !s.c.inModule(fn.Pkg().Path()) {
		if lib != "" {
			return &router{lib: lib, root: rootUnknown}
		}
		return nil
	}
	var r *router
	for _, t := range s.c.summary(fn) {
		if t.Root != resultRoot {
			continue
		}
		if r == nil {
			r = &router{lib: t.Library, root: rootLocal}
		}
		s.instantiate(call, fn, t, r)
	}
	if r == nil && lib != "" {
		r = &router{lib: lib, root: rootUnknown}
	}
	return r
}

// callOf returns e as a call, nil when it is none.
func (s *fnState) callOf(e ast.Expr) *ast.CallExpr {
	call, _ := ast.Unparen(e).(*ast.CallExpr)
	return call
}

// pkgRouter returns the router of a package variable, shared by the
// package's functions.
func (c *checker) pkgRouter(obj types.Object, lib string) *router {
	if r := c.pkgRouters[obj]; r != nil {
		return r
	}
	r := &router{lib: lib, root: rootLocal}
	c.pkgRouters[obj] = r
	return r
}

// packageVars interprets the initialisers of package-level variables
// (var r = chi.NewRouter() needs nothing; var h = buildRouter() does).
func (c *checker) packageVars() {
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			s := &fnState{c: c, params: map[*types.Var]int{}, vars: map[types.Object]*router{},
				calls: map[*ast.CallExpr]*router{}, builders: map[*ast.CallExpr]*builder{}, regs: map[*ast.CallExpr][]*route{}, connect: map[types.Object]bool{}}
			s.walk(gd)
			s.finish()
		}
	}
}

// placeholder marks parameter i of the function in a path template.
func placeholder(i int) string { return "\x00" + strconv.Itoa(i) + "\x00" }

// path folds a path argument to a template: a constant, or a string
// parameter of the function (a placeholder); "\x01" when neither.
func (s *fnState) path(e ast.Expr) string {
	if v, ok := s.c.fold.String(e); ok {
		return v
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := s.c.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if i, ok := s.params[v]; ok {
				return placeholder(i)
			}
		}
	}
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
		x, y := s.path(b.X), s.path(b.Y)
		if x == unresolvedPath || y == unresolvedPath {
			return unresolvedPath
		}
		return x + y
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && typenames.Is(s.callee(call), "path", "", "Join") {
		var parts []string
		for _, a := range call.Args {
			p := s.path(a)
			if strings.Contains(p, unresolvedPath) {
				return unresolvedPath
			}
			parts = append(parts, p)
		}
		return joinPath(parts...)
	}
	return unresolvedPath
}

// unresolvedPath is the template of a path the analysis cannot read.
const unresolvedPath = "\x01"

func (s *fnState) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(s.c.pass.TypesInfo, call).(*types.Func)
	return fn
}

// joinPath joins path segments as path.Join does, keeping a trailing
// slash of the last and leaving placeholders alone.
func joinPath(parts ...string) string {
	out := ""
	for _, p := range parts {
		switch {
		case p == "":
		case out == "":
			out = p
		case strings.HasSuffix(out, "/") && strings.HasPrefix(p, "/"):
			out += p[1:]
		default:
			out += p
		}
	}
	return out
}

// call interprets one call: a registration, a router mount, a call of a
// function that registers routes on the routers it is passed, an RPC
// service registration.
func (s *fnState) call(call *ast.CallExpr) {
	fn := s.callee(call)
	if fn == nil {
		return
	}
	if fn.Pkg() != nil && libraryOf(fn.Pkg().Path()) != "" {
		s.libraryCall(call, fn)
		return
	}
	if s.c.rpc(call, fn) {
		return
	}
	if fn.Pkg() == nil || !s.c.inModule(fn.Pkg().Path()) {
		return
	}
	ts := s.c.summary(fn)
	for _, t := range ts {
		if t.Root == resultRoot {
			s.router(call) // instantiates them
			continue
		}
		args := typenames.CallArgs(s.c.pass.TypesInfo, call)
		if t.Root >= len(args) || args[t.Root] == nil {
			continue
		}
		if r := s.router(args[t.Root]); r != nil {
			s.instantiate(call, fn, t, r)
		}
	}
}

// instantiate puts a callee's route onto r, the router the caller passed
// (or got back), with the caller's path arguments in its template.
func (s *fnState) instantiate(call *ast.CallExpr, fn *types.Func, t tmpl, r *router) {
	args := typenames.CallArgs(s.c.pass.TypesInfo, call)
	p, why := s.substitute(t.Path, args, fn)
	if why != "" {
		s.c.unresolved(call.Pos(), why)
		return
	}
	h := t.Handler
	if h.FromParam > 0 {
		if h.FromParam-1 >= len(args) || args[h.FromParam-1] == nil {
			return
		}
		arg := args[h.FromParam-1]
		if t.Mount {
			if sub := s.router(arg); sub != nil {
				s.mount(sub, &router{lib: r.lib, parent: r, seg: p, mws: t.Middleware}, "", s.c.report.Position(call.Pos()))
				return
			}
		}
		var wrap []finding.Middleware
		h, wrap = s.unwrap(arg, 0)
		if h.Unresolved != "" {
			s.c.unresolved(call.Pos(), h.Unresolved)
			return
		}
		t.Middleware = append(slices.Clip(t.Middleware), wrap...)
	}
	via := append([]finding.Position{s.c.report.Position(call.Pos())}, t.Via...)
	s.routes = append(s.routes, &route{r: r, lib: t.Library, kind: t.Kind, methods: t.Methods, path: p, h: h, mws: t.Middleware,
		pos: t.Pos, pkg: t.Package, report: call.Pos(), via: via, mount: t.Mount && h.FromParam > 0})
}

// substitute replaces the placeholders of a callee's template with the
// caller's arguments: constants, or the caller's own parameters.
func (s *fnState) substitute(p string, args []ast.Expr, fn *types.Func) (string, string) {
	var out strings.Builder
	for {
		i := strings.Index(p, "\x00")
		if i < 0 {
			out.WriteString(p)
			return out.String(), ""
		}
		j := strings.Index(p[i+1:], "\x00") + i + 1
		k, _ := strconv.Atoi(p[i+1 : j])
		v := unresolvedPath
		if k < len(args) && args[k] != nil {
			v = s.path(args[k]) // may be a placeholder of the caller's own: written as is, not read again
		}
		if v == unresolvedPath {
			return "", "path from a variable (parameter " + fn.Signature().Params().At(k).Name() + " of " + typenames.FuncName(fn) + ")"
		}
		before := p[:i]
		if strings.HasSuffix(out.String()+before, "/") && strings.HasPrefix(v, "/") {
			v = v[1:] // a prefix parameter of "/" under a path ending in one: /missing + / is /missing/
		}
		out.WriteString(before + v)
		p = p[j+1:]
		if strings.HasSuffix(out.String(), "/") && strings.HasPrefix(p, "/") {
			p = p[1:]
		}
	}
}

// mount puts sub under parent's path seg.
func (s *fnState) mount(sub, at *router, seg string, via finding.Position) {
	if sub.mounted || sub == at {
		return
	}
	sub.mounted = true
	sub.parent, sub.seg, sub.via = at, joinPath(seg, sub.seg), []finding.Position{via}
}

// libraryCall interprets a call of a router library's method.
func (s *fnState) libraryCall(call *ast.CallExpr, fn *types.Func) {
	lib := libraryOf(fn.Pkg().Path())
	name := fn.Name()
	if fn.Signature().Recv() == nil {
		if lib == libNetHTTP && (name == "Handle" || name == "HandleFunc") && len(call.Args) == 2 {
			if s.c.defaultMux == nil {
				s.c.defaultMux = &router{lib: libNetHTTP, root: rootLocal}
			}
			s.serveMux(call, s.c.defaultMux)
		}
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if lib == libGorilla {
		s.gorilla(call, fn, sel)
		return
	}
	r := s.router(sel.X)
	if r == nil {
		return
	}
	switch lib {
	case libNetHTTP:
		if (name == "Handle" || name == "HandleFunc") && len(call.Args) == 2 && isNamed(fn.Signature().Recv().Type(), libNetHTTP, "ServeMux") {
			s.serveMux(call, r)
		}
	case libChi:
		s.chi(call, name, r)
	case libGin:
		s.gin(call, name, r)
	case libEcho:
		s.echo(call, name, r)
	}
}

// serveMux reads a net/http pattern: [METHOD ][HOST]/path.
func (s *fnState) serveMux(call *ast.CallExpr, r *router) {
	if len(call.Args) == 2 && s.isConnectPath(call.Args[0]) {
		return // a Connect service, listed where its handler is built
	}
	p := s.path(call.Args[0])
	method := ""
	if m, rest, ok := strings.Cut(p, " "); ok && !strings.Contains(m, "/") && !strings.ContainsRune(m, 0) {
		method, p = m, strings.TrimLeft(rest, " \t")
	}
	if i := strings.Index(p, "/"); i > 0 && !strings.ContainsAny(p[:i], "\x00\x01") {
		p = p[i:] // a host pattern: the path is what clients route on
	}
	s.register(call, r, libNetHTTP, []string{method}, p, call.Args[1], nil)
}

// isConnectPath reports whether e is the path a Connect handler
// constructor returned.
func (s *fnState) isConnectPath(e ast.Expr) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return s.connect[s.c.pass.TypesInfo.ObjectOf(id)]
	}
	return false
}

func (s *fnState) chi(call *ast.CallExpr, name string, r *router) {
	args := call.Args
	switch {
	case isHTTPMethod(strings.ToUpper(name)) && len(args) == 2:
		s.register(call, r, libChi, []string{strings.ToUpper(name)}, s.path(args[0]), args[1], nil)
	case (name == "Method" || name == "MethodFunc") && len(args) == 3:
		m, ok := s.c.fold.String(args[0])
		if !ok {
			s.c.unresolved(call.Pos(), "method from a variable")
			return
		}
		s.register(call, r, libChi, []string{strings.ToUpper(m)}, s.path(args[1]), args[2], nil)
	case (name == "Handle" || name == "HandleFunc") && len(args) == 2:
		s.register(call, r, libChi, []string{""}, s.path(args[0]), args[1], nil)
	case name == "Mount" && len(args) == 2:
		s.mountCall(call, r, args[0], args[1])
	case name == "Use":
		r.mws = append(r.mws, s.middlewares(args)...)
	}
}

// mountCall mounts a sub-router, or a handler that serves a whole subtree.
func (s *fnState) mountCall(call *ast.CallExpr, r *router, pathArg, h ast.Expr) {
	p := s.path(pathArg)
	if p == unresolvedPath {
		s.c.unresolved(call.Pos(), "mount path from a variable")
		return
	}
	if sub := s.router(h); sub != nil && sub.root != rootParam {
		s.mount(sub, r, p, s.c.report.Position(call.Pos()))
		return
	}
	hd := s.handler(h)
	if hd.FromParam > 0 {
		s.routes = append(s.routes, &route{r: r, lib: r.lib, kind: "http", methods: []string{""}, path: p, h: hd,
			pos: s.c.report.Position(call.Pos()), pkg: s.c.pass.Pkg.Path(), report: call.Pos(), mount: true})
		return
	}
	s.register(call, r, r.lib, []string{""}, joinPath(p, "/*"), h, nil)
}

func (s *fnState) gin(call *ast.CallExpr, name string, r *router) {
	args := call.Args
	switch {
	case isHTTPMethod(name) && len(args) >= 2:
		s.register(call, r, libGin, []string{name}, s.path(args[0]), args[len(args)-1], args[1:len(args)-1])
	case name == "Any" && len(args) >= 2:
		s.register(call, r, libGin, []string{""}, s.path(args[0]), args[len(args)-1], args[1:len(args)-1])
	case name == "Handle" && len(args) >= 3:
		m, ok := s.c.fold.String(args[0])
		if !ok {
			s.c.unresolved(call.Pos(), "method from a variable")
			return
		}
		s.register(call, r, libGin, []string{m}, s.path(args[1]), args[len(args)-1], args[2:len(args)-1])
	case name == "Use":
		r.mws = append(r.mws, s.middlewares(args)...)
	}
}

func (s *fnState) echo(call *ast.CallExpr, name string, r *router) {
	args := call.Args
	switch {
	case isHTTPMethod(name) && len(args) >= 2:
		s.register(call, r, libEcho, []string{name}, s.path(args[0]), args[1], args[2:])
	case name == "Any" && len(args) >= 2:
		s.register(call, r, libEcho, []string{""}, s.path(args[0]), args[1], args[2:])
	case name == "Add" && len(args) >= 3:
		m, ok := s.c.fold.String(args[0])
		if !ok {
			s.c.unresolved(call.Pos(), "method from a variable")
			return
		}
		s.register(call, r, libEcho, []string{m}, s.path(args[1]), args[2], args[3:])
	case name == "Match" && len(args) >= 3:
		ms := s.stringList(args[0])
		if ms == nil {
			s.c.unresolved(call.Pos(), "methods from a variable")
			return
		}
		s.register(call, r, libEcho, ms, s.path(args[1]), args[2], args[3:])
	case name == "Use":
		r.mws = append(r.mws, s.middlewares(args)...)
	}
}

// gorilla interprets gorilla/mux's chains: r.HandleFunc(p, h).Methods(m),
// r.PathPrefix(p).Subrouter(), r.Methods(m).Path(p).HandlerFunc(h).
func (s *fnState) gorilla(call *ast.CallExpr, fn *types.Func, sel *ast.SelectorExpr) {
	name := fn.Name()
	onRouter := isNamed(fn.Signature().Recv().Type(), libGorilla, "Router")
	args := call.Args
	if onRouter {
		r := s.router(sel.X)
		if r == nil {
			return
		}
		switch name {
		case "Handle", "HandleFunc":
			if len(args) == 2 {
				s.register(call, r, libGorilla, []string{""}, s.path(args[0]), args[1], nil)
			}
		case "PathPrefix", "Path":
			s.builders[call] = &builder{r: r, path: s.path(args[0])}
		case "Methods":
			s.builders[call] = &builder{r: r, methods: s.strings(args)}
		case "NewRoute":
			s.builders[call] = &builder{r: r}
		case "Use":
			r.mws = append(r.mws, s.middlewares(args)...)
		}
		return
	}
	inner := s.callOf(sel.X)
	if regs := s.regs[inner]; regs != nil && name == "Methods" {
		for _, rt := range regs {
			rt.methods = s.strings(args)
		}
		s.regs[call] = regs
		return
	}
	b := s.builders[inner]
	if b == nil {
		return
	}
	switch name {
	case "Path", "PathPrefix":
		s.builders[call] = &builder{r: b.r, path: joinPath(b.path, s.path(args[0])), methods: b.methods}
	case "Methods":
		s.builders[call] = &builder{r: b.r, path: b.path, methods: s.strings(args)}
	case "Name", "Schemes", "Host", "Headers", "Queries":
		s.builders[call] = b
	case "Handler", "HandlerFunc":
		ms := b.methods
		if ms == nil {
			ms = []string{""}
		}
		s.register(call, b.r, libGorilla, ms, b.path, args[0], nil)
	}
}

// strings folds constant string arguments; nil when one is not constant.
func (s *fnState) strings(args []ast.Expr) []string {
	var out []string
	for _, a := range args {
		v, ok := s.c.fold.String(a)
		if !ok {
			return nil
		}
		out = append(out, v)
	}
	return out
}

// stringList folds a []string{...} literal of constants.
func (s *fnState) stringList(e ast.Expr) []string {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	return s.strings(lit.Elts)
}

// register records a route: path template p on r, served by h, with the
// route's own middleware.
func (s *fnState) register(call *ast.CallExpr, r *router, lib string, methods []string, p string, h ast.Expr, mws []ast.Expr) {
	if p == unresolvedPath {
		s.c.unresolved(call.Pos(), "path from a variable")
		return
	}
	if methods == nil {
		s.c.unresolved(call.Pos(), "methods from a variable")
		return
	}
	hd, wrap := s.unwrap(h, 0)
	if hd.Unresolved != "" {
		s.c.unresolved(call.Pos(), hd.Unresolved)
		return
	}
	rt := &route{r: r, lib: lib, kind: "http", methods: methods, path: p, h: hd, mws: append(s.middlewares(mws), wrap...),
		pos: s.c.report.Position(call.Pos()), pkg: s.c.pass.Pkg.Path(), report: call.Pos()}
	s.routes = append(s.routes, rt)
	s.regs[call] = append(s.regs[call], rt)
}

// finish resolves each route's prefix and middleware through its
// routers, reports the endpoints and returns the function's templates:
// the routes on its router parameters and on the router it returns.
func (s *fnState) finish() []tmpl {
	var out []tmpl
	for _, rt := range s.routes {
		segs := []string{rt.path}
		var mws []finding.Middleware
		var via []finding.Position
		var root *router
		mws = append(mws, rt.r.mws...)
		for r := rt.r; ; r = r.parent {
			root = r
			segs = append(segs, r.seg)
			if r != rt.r {
				mws = append(append([]finding.Middleware(nil), r.mws...), mws...)
			}
			via = append(append([]finding.Position(nil), r.via...), via...)
			if r.parent == nil {
				break
			}
		}
		var p string
		for i := len(segs) - 1; i >= 0; i-- {
			p = joinPath(p, segs[i])
		}
		mws = append(mws, rt.mws...)
		via = append(via, rt.via...)
		t := tmpl{Library: rt.lib, Kind: rt.kind, Methods: rt.methods, Path: p, Handler: rt.h, Middleware: mws, Pos: rt.pos, Package: rt.pkg, Via: via, Mount: rt.mount}
		relative := true
		switch {
		case root.root == rootParam:
			t.Root = root.param
			out = append(out, t)
		case root.returned && s.fn != nil:
			t.Root = resultRoot
			out = append(out, t)
		case root.root == rootLocal:
			relative = false
		}
		if rt.mount || rt.h.FromParam > 0 {
			continue // what is mounted is known to callers only
		}
		for _, m := range rt.methods {
			s.c.emit(rt.report, finding.Endpoint{
				Kind: rt.kind, Library: rt.lib, Method: strings.ToUpper(m), Path: s.render(p), Relative: relative || strings.Contains(p, "\x00"),
				Handler: rt.h.Name, HandlerPackage: rt.h.Package, Middleware: mws, Request: rt.h.Request, Response: rt.h.Response,
				Package: rt.pkg, Pos: rt.pos, Via: via, RegisteredBy: s.name(),
			})
		}
	}
	return out
}

// render spells a template's placeholders as the parameters they stand
// for: {$prefix}.
func (s *fnState) render(p string) string {
	for strings.Contains(p, "\x00") {
		i := strings.Index(p, "\x00")
		j := strings.Index(p[i+1:], "\x00") + i + 1
		k, _ := strconv.Atoi(p[i+1 : j])
		name := "?"
		if s.fn != nil && k < s.fn.Signature().Params().Len() {
			name = s.fn.Signature().Params().At(k).Name()
		}
		p = p[:i] + "{$" + name + "}" + p[j+1:]
	}
	return p
}

// name names the function being interpreted.
func (s *fnState) name() string {
	if s.fn == nil {
		return s.c.pass.Pkg.Name() + " package variables"
	}
	return typenames.FuncName(s.fn)
}

// constString returns the constant string value of a package's constant.
func constString(obj types.Object) (string, bool) {
	c, ok := obj.(*types.Const)
	if !ok || c.Val().Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Val()), true
}
