// Package typenames matches functions and types by package path and name
// through type information, never by printed strings, and prints them the
// way diagnostics name them.
package typenames

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// Named returns the named type t is or points to, in its generic form, or
// nil.
func Named(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Origin()
	}
	return nil
}

// RecvName returns the name of fn's receiver type without pointers, or ""
// for a package-level function.
func RecvName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return ""
	}
	if n := Named(recv.Type()); n != nil {
		return n.Obj().Name()
	}
	return ""
}

// Is reports whether fn is the function or method pkg.[recv.]name; recv is
// the receiver's type name without pointers, "" for a function.
func Is(fn *types.Func, pkg, recv, name string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Name() == name && fn.Pkg().Path() == pkg && RecvName(fn) == recv
}

// FuncName prints fn for a message: store.Save, (*store.Store).Save.
func FuncName(fn *types.Func) string {
	if r := RecvName(fn); r != "" {
		star := ""
		if _, ok := types.Unalias(fn.Signature().Recv().Type()).(*types.Pointer); ok {
			star = "*"
		}
		return "(" + star + fn.Pkg().Name() + "." + r + ")." + fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// Transaction reports whether t is, or points to, a transaction type: one
// of a library boundarylint knows (*sql.Tx, *sqlx.Tx, pgx.Tx, *pgxpool.Tx,
// bun.Tx, the Tx of an ent-generated package) or one of the spec's
// data.transaction_types (extra).
func Transaction(t types.Type, extra []boundary.TypeName) bool {
	n := Named(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	pkg, name := n.Obj().Pkg().Path(), n.Obj().Name()
	if name == "Tx" {
		switch pkg {
		case "database/sql", "github.com/jmoiron/sqlx", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4",
			"github.com/jackc/pgx/v5/pgxpool", "github.com/jackc/pgx/v4/pgxpool", "github.com/uptrace/bun":
			return true
		}
		if strings.HasSuffix(pkg, "/ent") { // entgo.io generates <module>/ent with its Tx
			return true
		}
	}
	for _, tt := range extra {
		if tt.Package == pkg && tt.Name == name {
			return true
		}
	}
	return false
}

// CallArgs returns a call's arguments as the callee's parameters number
// them: for a method expression (*T).M(recv, a, b) the receiver is
// dropped.
func CallArgs(info *types.Info, call *ast.CallExpr) []ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr && len(call.Args) > 0 {
			return call.Args[1:]
		}
	}
	return call.Args
}

// Carrier is a library call that reads or sets a value by key: Arg is the
// key's argument number; ByString, that its keys are strings by design
// (gin and echo), so a constant string is a key.
type Carrier struct {
	Arg      int
	Set      bool
	ByString bool
}

// The import paths of the web frameworks whose contexts carry values.
const (
	GinPath   = "github.com/gin-gonic/gin"
	EchoPath  = "github.com/labstack/echo"
	Echo4Path = "github.com/labstack/echo/v4"
	Echo5Path = "github.com/labstack/echo/v5"
)

// ContextCarrier returns how a call of fn reads or sets a keyed value, if
// it does: context.Context's Value and context.WithValue (which
// *http.Request carries through Context and WithContext), gin's *Context
// Set, Get, MustGet and typed getters, echo's Context Set and Get. ctxstate
// follows the keys; remote leaves the functions that hand such a value out
// to ctxstate, as it leaves transactions to tx.
func ContextCarrier(fn *types.Func) (Carrier, bool) {
	if fn == nil || fn.Pkg() == nil {
		return Carrier{}, false
	}
	recv := RecvName(fn)
	switch path := fn.Pkg().Path(); {
	case path == "context" && recv == "" && fn.Name() == "WithValue":
		return Carrier{Arg: 1, Set: true}, true
	case path == "context" && recv == "Context" && fn.Name() == "Value":
		return Carrier{Arg: 0}, true
	case path == GinPath && recv == "Context":
		switch fn.Name() {
		case "Set":
			return Carrier{Arg: 0, Set: true, ByString: true}, true
		case "Value", "Get", "MustGet", "GetString", "GetBool", "GetInt", "GetInt8", "GetInt16", "GetInt32", "GetInt64",
			"GetUint", "GetUint8", "GetUint16", "GetUint32", "GetUint64", "GetFloat32", "GetFloat64", "GetTime", "GetDuration",
			"GetError", "GetIntSlice", "GetStringSlice", "GetStringMap", "GetStringMapString", "GetStringMapStringSlice":
			return Carrier{Arg: 0, ByString: true}, true
		}
	case IsEcho(path) && recv == "Context":
		switch fn.Name() {
		case "Set":
			return Carrier{Arg: 0, Set: true, ByString: true}, true
		case "Get":
			return Carrier{Arg: 0, ByString: true}, true
		}
	}
	return Carrier{}, false
}

// IsEcho reports whether path is echo's, any major version.
func IsEcho(path string) bool {
	return path == EchoPath || path == Echo4Path || path == Echo5Path
}
