package remote

import (
	"go/types"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// nonData returns why a value of t cannot be sent over a network, as "a
// func" or "a *api.Request holding a func (field OnDone)", or "" when it
// can: it is plain data, or a transaction (tx/crossing reports those).
func (c *checker) nonData(t types.Type) string {
	if why, ok := c.data[t]; ok {
		return why
	}
	c.data[t] = "" // a recursive type is data unless another part says otherwise
	why := c.classify(t)
	c.data[t] = why
	return why
}

func (c *checker) classify(t types.Type) string {
	if typenames.Transaction(t, c.spec.Data.TransactionTypes) {
		return ""
	}
	if n := typenames.Named(t); n != nil && n.Obj().Pkg() != nil {
		switch path := n.Obj().Pkg().Path(); {
		case path == "sync" || path == "sync/atomic":
			return "a " + c.typeString(t)
		case path == "database/sql" && (n.Obj().Name() == "DB" || n.Obj().Name() == "Conn" || n.Obj().Name() == "Stmt" || n.Obj().Name() == "Rows"):
			return "a " + c.typeString(t)
		case path == "context" && n.Obj().Name() == "Context":
			return "" // its deadline and values cross as request metadata
		}
		if marshals(t) {
			return "" // it says how it is sent
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Signature:
		return "a func"
	case *types.Chan:
		return "a chan"
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			return "an unsafe.Pointer"
		}
	case *types.Interface:
		if u.NumMethods() == 0 || isError(t) {
			return ""
		}
		return "an interface " + c.typeString(t)
	case *types.Pointer:
		return c.holding(t, c.nonData(u.Elem()), "")
	case *types.Slice:
		return c.holding(t, c.nonData(u.Elem()), "")
	case *types.Array:
		return c.holding(t, c.nonData(u.Elem()), "")
	case *types.Map:
		if why := c.nonData(u.Key()); why != "" {
			return c.holding(t, why, "")
		}
		return c.holding(t, c.nonData(u.Elem()), "")
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); f.Exported() || f.Embedded() {
				if why := c.nonData(f.Type()); why != "" {
					return c.holding(t, why, f.Name())
				}
			}
		}
	}
	return ""
}

// holding says that t holds something that is not data (why), in field.
func (c *checker) holding(t types.Type, why, field string) string {
	if why == "" {
		return ""
	}
	if _, named := types.Unalias(t).(*types.Named); !named {
		if _, ptr := types.Unalias(t).(*types.Pointer); !ptr || field == "" {
			return why // a composite spelled out: name what it holds
		}
	}
	s := "a " + c.typeString(t) + " holding " + why
	if field != "" {
		s += " (field " + field + ")"
	}
	return s
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

// isError reports whether t is error, or an interface whose only method is
// Error() string.
func isError(t types.Type) bool {
	return types.Identical(t.Underlying(), errorType.Underlying())
}
