// Package ctxstate defines an Analyzer that reports run-time coupling no
// import shows: context values another component owns, and package
// variables two components share in memory.
//
// # Analyzer ctxstate
//
// ctxstate: report reads and writes of another component's context values and package state
//
// Each rule below is documented once, with a bad and a good example, in the
// rule registry: `boundarylint help RULE` prints it, and docs/rules.md lists
// every rule. This comment tells the analyzer's story.
//
// After payments is extracted into its own service, nothing in the orders
// process runs payments' middleware, so a context value it used to put into
// every request is gone; and a package variable that orders wrote and
// payments read is no longer shared. The imports behind both are allowed
// (the key lives in payments' API package), so the import rules cannot see
// them.
//
// A context key belongs to the component whose package declares it: the
// package-level variable or constant used as the key, else the named type
// of the key value (type accountKey struct{}). A key declared in a shared
// package belongs to nobody unless the spec gives it to a component:
//
//	components:
//	  users:
//	    packages: [internal/users/...]
//	    owns:
//	      context: [internal/platform/ctxkeys.UserID]
//
// In a file of orders, each of these is reported:
//
//	acct := ctx.Value(payments.AccountKey)          // orders reads context value payments/api.AccountKey, owned by component payments (boundaries.yaml:30); ...
//	ctx = context.WithValue(ctx, payments.AccountKey, a) // a write
//	acct := payments.AccountFrom(r.Context())      // reads payments' unexported key through its accessor
//	h := payments.RequireAccount(next)             // sets payments' key through its middleware
//	c.MustGet(payments.GinAccount)                 // gin's and echo's Context carry values too
//
// Reads are context.Context's Value (on any context, r.Context() of an
// *http.Request included); writes are context.WithValue. gin's *Context
// Set (a write), Get, MustGet, Value and typed getters (GetString, ...), and
// echo's Context Set and Get count the same way. Their keys are strings: a
// package-level constant is a key of its package, as above; any other
// constant string (a literal) is a string key, which belongs to the
// component claiming it as string:<key> in owns.context, else to the
// component whose code sets it (c.Set("merchant_id", m) in its middleware),
// among the reading package and the packages it imports, each of which
// exports a package fact listing the string keys it sets; set by two
// components, or by none the reader sees, it belongs to nobody. So in
// orders, with merchants' middleware setting "merchant_id":
//
//	v, ok := c.Get("merchant_id")  // orders reads context value "merchant_id", owned by component merchants (which sets it at ...)
//	id := mw.MerchantID(c)         // through merchants' accessor: func MerchantID(c *gin.Context) string { return c.GetString("merchant_id") }
//
// A call of a function declared outside the component is reported only
// when the function makes its caller depend on the key:
//
//   - It hands the value out (an accessor): it reads the key, and one of
//     its results has the value's type T (the type asserted,
//     ctx.Value(k).(T), or asserted later of the variable the value is
//     assigned to, v, ok := c.Get(k) ... v.(T), else the carrier's result
//     type), *T, the type T
//     points to, or T's underlying type; or it calls an accessor and one of
//     its results matches, the same way, the type of the accessor's result
//     that carries the value. api.AccountFrom(ctx) (Account, bool) and
//     db.GetEngine(ctx) Engine are accessors; a repository function that
//     calls db.GetEngine for its own query and returns (*User, error) is
//     not, nor is one that returns only whether the value is there.
//   - It returns a handler that sets the key (a middleware constructor):
//     a function literal, a conversion of one (http.HandlerFunc(...)), a
//     function value, a local variable holding one, or the result of
//     another middleware constructor (a chain), whose code sets the key,
//     directly, through a setter or by running such a constructor's
//     handler. A setter is a function that sets the key, directly or
//     through a setter, and hands the carrier back: it returns a
//     context.Context or an *http.Request, or it is passed a gin or echo
//     context. api.WithAccount(ctx, a) context.Context is a setter;
//     auth.RequireAccount(next), whose handler calls it, is a constructor.
//
// A setter's own calls are not reported (api.WithAccount(ctx, a),
// db.TxContext(ctx)): the context goes back to the code its caller passes
// it to, as with a runner that sets the key for a callback it runs itself
// (db.WithTx(ctx, fn)), which hands nothing back. A function exports an
// object fact only for what its callers can be reported for: the keys it
// hands out, sets for its caller, or sets in the handler it returns, across
// packages; a function that reads or sets a key for its own use has none.
//
// Package state: a package-level variable declared in another, non-shared
// component that this one writes (assigns, increments, takes the address of,
// calls a pointer method on, stores into an element or field of, ranges
// into, deletes from or clears) is reported. Reading one is reported when it
// is mutable (a map, slice, pointer, channel, a sync or sync/atomic type, or
// a struct or array holding one) and its own package writes it after
// initialisation, outside init and package-level initialisers (an object
// fact on the variable). Sentinel errors and variables nobody writes after
// init are free to read.
//
// A component may always use its own keys and state, and a composition
// root (composition_root: true) those of the components it wires: its
// depends_on and shared components. Shared components' keys (unless
// claimed) and state, and keys and state of packages no component claims,
// are free. Packages no component claims are not checked.
// A claim in owns.context that names no package-level type, variable or
// constant of its package is a spec error (modspec.CheckModule, run by
// every mode of boundarylint); the analyzer reports it at that package's
// clause too, for drivers that bind a spec without checking it.
//
// Not checked, by design: keys passed through variables of interface type
// or built at run time, string keys outside gin and echo, calls through
// interfaces and function values (middleware registered as a value: router.Use(mw)),
// functions that read a key for their own use or return only something
// derived from the value (whether it is there, an error, a struct holding
// it), setters and runners (above), handlers that only read a key,
// handlers returned as a struct with a ServeHTTP method, and middleware
// that sets a key only through a runner; writes of a component's variable
// by another package of that component (the fact is exported by the
// declaring package only), and pointer methods called on a variable that
// is itself a pointer.
//
// Each diagnostic's Category is its rule: ctxstate/context-read for a
// read of another component's context value, ctxstate/context-write for a
// write (directly, or through its middleware), ctxstate/state-write for a
// write of its package variable, ctxstate/state-read for a read of its
// mutable state that it changes at run time, and ctxstate/spec for an
// owns.context claim that names nothing. ctxstate/unused-claim, an
// owns.context claim no code of the module reads or sets, is reported by
// whole-module runs only (the standalone command, cut, drift, doc), from
// the claims each package tells drivers it uses under -findings.
//
// Findings can be silenced with //boundarylint:ignore <reason>.
package ctxstate
