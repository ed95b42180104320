package remote

import (
	"go/types"
	"reflect"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// blocker is why a type cannot be sent over a network: the part that
// cannot (leaf, as "a func" or "an interface io.Writer") and the fields
// that lead to it from the type ("Done", "Store.DB"); zero when it can.
type blocker struct {
	leaf  string
	field string
}

// describe prints why a value of t cannot cross: "a func", or "a
// *api.Request holding a func (field Done)".
func (c *checker) describe(t types.Type) string {
	b := c.nonData(t)
	if b.field == "" {
		return b.leaf // t is it, or a pointer, slice, array or map of it
	}
	return "a " + c.typeString(t) + " holding " + b.leaf + " (field " + b.field + ")"
}

// nonData returns why a value of t cannot be sent over a network; zero
// when it can: it is plain data, or a transaction (tx/crossing reports
// those). Memoised per package.
func (c *checker) nonData(t types.Type) blocker {
	if b, ok := c.data[t]; ok {
		return b
	}
	c.data[t] = blocker{} // a recursive type is data unless another part says otherwise
	b := c.classify(t)
	c.data[t] = b
	return b
}

func (c *checker) classify(t types.Type) blocker {
	if typenames.Transaction(t, c.spec.Data.TransactionTypes) {
		return blocker{}
	}
	if n := typenames.Named(t); n != nil && n.Obj().Pkg() != nil {
		switch path, name := n.Obj().Pkg().Path(), n.Obj().Name(); {
		case path == "sync" || path == "sync/atomic",
			path == "database/sql" && (name == "DB" || name == "Conn" || name == "Stmt" || name == "Rows"):
			return blocker{leaf: "a " + c.typeString(t)}
		case path == "context" && name == "Context":
			return blocker{} // its deadline and values cross as request metadata
		}
		if marshals(t) {
			return blocker{} // it says how it is sent
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Signature:
		return blocker{leaf: "a func"}
	case *types.Chan:
		return blocker{leaf: "a chan"}
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			return blocker{leaf: "an unsafe.Pointer"}
		}
	case *types.Interface:
		if u.NumMethods() > 0 && !types.Identical(u, errorType.Underlying()) {
			return blocker{leaf: "an interface " + c.typeString(t)}
		}
	case *types.Pointer:
		return c.nonData(u.Elem())
	case *types.Slice:
		return c.nonData(u.Elem())
	case *types.Array:
		return c.nonData(u.Elem())
	case *types.Map:
		if b := c.nonData(u.Key()); b.leaf != "" {
			return b
		}
		return c.nonData(u.Elem())
	case *types.Struct:
		return c.fields(u)
	}
	return blocker{}
}

// fields returns the first exported or embedded field of s that cannot
// cross: they are what an encoder sends.
func (c *checker) fields(s *types.Struct) blocker {
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		if !f.Exported() && !f.Embedded() || reflect.StructTag(s.Tag(i)).Get("json") == "-" {
			continue // an encoder does not send it
		}
		if b := c.nonData(f.Type()); b.leaf != "" {
			path := []string{f.Name()}
			if b.field != "" {
				path = append(path, b.field)
			}
			return blocker{leaf: b.leaf, field: strings.Join(path, ".")}
		}
	}
	return blocker{}
}

func (c *checker) typeString(t types.Type) string {
	return types.TypeString(t, (*types.Package).Name)
}

// marshals reports whether t, or a pointer to it, has a method that says
// how it is encoded: MarshalJSON, MarshalText, MarshalBinary.
func marshals(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		t = types.NewPointer(t)
	}
	ms := types.NewMethodSet(t)
	for _, m := range []string{"MarshalJSON", "MarshalText", "MarshalBinary"} {
		if ms.Lookup(nil, m) != nil {
			return true
		}
	}
	return false
}

var errorType = types.Universe.Lookup("error").Type()

// onValue reports whether fn is a method of a type that is plain data: a
// struct with exported fields, all of which can cross a network, or a
// named slice, map or basic type of data (type Status int). Once the
// callee's component is a service, such a type travels as a value and
// its methods run on the caller's copy: no network call.
// (*user.User).DisplayName() is one; (*api.Service).Charge, a method of
// a struct holding a client or a database, and an interface's methods are
// not.
func (c *checker) onValue(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	n := typenames.Named(recv.Type())
	if n == nil {
		return false
	}
	switch u := n.Underlying().(type) {
	case *types.Interface:
		return false
	case *types.Struct:
		exported := false
		for f := range u.Fields() {
			exported = exported || f.Exported()
		}
		if !exported {
			return false // an opaque handle: its state stays with the callee
		}
	}
	return c.nonData(n).leaf == ""
}

// operation reports whether fn does its work in its component, so that
// once the component is a service a call of it is a round trip: it takes a
// context.Context or a parameter that cannot cross (a session, a client, a
// callback), or it is a method of an opaque handle or an interface. A
// function of plain data only (finding.Lookup(id), a formatter) ships in
// the client library instead, and runs locally.
func (c *checker) operation(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() != nil {
		return true // not a value's method: onValue left those out
	}
	for p := range sig.Params().Variables() {
		if n := typenames.Named(p.Type()); n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context" {
			return true
		}
		if c.nonData(p.Type()).leaf != "" || typenames.Transaction(p.Type(), c.spec.Data.TransactionTypes) {
			return true
		}
	}
	return false
}

// handle reports whether a result of type t is an object of the callee's
// own component: a named struct type, or a pointer to one, declared there
// with methods. Its behaviour stays with the callee; once the callee is a
// service, a client stub takes its place (api.New(...) *api.Service).
func (c *checker) handle(t types.Type, fn *types.Func) bool {
	n := typenames.Named(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok || types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
		return false
	}
	return c.spec.ComponentOf(n.Obj().Pkg().Path()) == c.spec.ComponentOf(fn.Pkg().Path())
}
