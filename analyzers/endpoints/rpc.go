package endpoints

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/finding"
)

// rpc reports the methods of a gRPC or Connect service a call registers,
// and reports whether it is one.
//
// gRPC: a generated RegisterXServer(s grpc.ServiceRegistrar, srv
// XServer) (or one taking a *grpc.Server); the methods are the generated
// package's X_Method_FullMethodName constants. Connect: a generated
// NewXHandler(svc XHandler, opts ...connect.HandlerOption) (string,
// http.Handler); the methods are its XMethodProcedure constants. Each
// method is an endpoint served by the type of the implementation passed.
func (c *checker) rpc(call *ast.CallExpr, fn *types.Func) bool {
	sig := fn.Signature()
	var kind, service, prefix, suffix string
	var impl ast.Expr
	switch {
	case sig.Params().Len() == 2 && sig.Recv() == nil && len(call.Args) == 2 && grpcRegistrar(sig.Params().At(0).Type()):
		kind, impl = "grpc", call.Args[1]
		service = strings.TrimSuffix(strings.TrimPrefix(fn.Name(), "Register"), "Server")
		prefix, suffix = service+"_", "_FullMethodName"
	case c.connectHandler(call) != nil:
		kind, impl = "connect", call.Args[0]
		service = strings.TrimSuffix(strings.TrimPrefix(fn.Name(), "New"), "Handler")
		prefix, suffix = service, "Procedure"
	default:
		return false
	}
	var methods []string
	scope := fn.Pkg().Scope()
	for _, name := range scope.Names() {
		if strings.HasPrefix(name, prefix) && strings.HasSuffix(name, suffix) {
			if v, ok := constString(scope.Lookup(name)); ok && strings.HasPrefix(v, "/") {
				methods = append(methods, v)
			}
		}
	}
	slices.Sort(methods)
	if len(methods) == 0 {
		c.unresolved(call.Pos(), "the generated code names no methods of service "+service)
		return true
	}
	h := handler{Name: types.ExprString(impl), Package: c.pass.Pkg.Path()}
	if n := typenames.Named(c.pass.TypesInfo.TypeOf(impl)); n != nil && n.Obj().Pkg() != nil && !types.IsInterface(n) {
		h.Name, h.Package = n.Obj().Name(), n.Obj().Pkg().Path()
		if _, ok := c.pass.TypesInfo.TypeOf(impl).(*types.Pointer); ok {
			h.Name = "*" + h.Name
		}
		h.Name = n.Obj().Pkg().Name() + "." + strings.TrimPrefix(h.Name, "*")
	}
	pos := c.report.Position(call.Pos())
	for _, m := range methods {
		c.emit(call.Pos(), finding.Endpoint{Kind: kind, Library: kind, Path: m, Handler: h.Name, HandlerPackage: h.Package,
			Package: c.pass.Pkg.Path(), Pos: pos})
	}
	return true
}

// grpcRegistrar reports whether t is grpc.ServiceRegistrar or *grpc.Server.
func grpcRegistrar(t types.Type) bool {
	n := typenames.Named(t)
	if n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "google.golang.org/grpc" {
		return false
	}
	return n.Obj().Name() == "ServiceRegistrar" || n.Obj().Name() == "Server"
}

// connectHandler returns the function a call calls when it is a generated
// Connect handler constructor: func(svc, ...connect.HandlerOption)
// (string, http.Handler).
func (c *checker) connectHandler(call *ast.CallExpr) *types.Func {
	fn, _ := c.pass.TypesInfo.Uses[calleeIdent(call)].(*types.Func)
	if fn == nil || len(call.Args) == 0 {
		return nil
	}
	sig := fn.Signature()
	if !sig.Variadic() || sig.Params().Len() != 2 || sig.Results().Len() != 2 || !isNamed(sig.Results().At(1).Type(), libNetHTTP, "Handler") {
		return nil
	}
	last, ok := sig.Params().At(1).Type().(*types.Slice)
	if !ok {
		return nil
	}
	n := typenames.Named(last.Elem())
	if n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "connectrpc.com/connect" || n.Obj().Name() != "HandlerOption" {
		return nil
	}
	return fn
}

// calleeIdent returns the identifier a call's function is named by.
func calleeIdent(call *ast.CallExpr) *ast.Ident {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	}
	return nil
}
