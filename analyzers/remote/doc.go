// Package remote defines an Analyzer that reports the calls into another
// component that break, or become slow, once that component is a service
// and each call crosses a network.
//
// # Analyzer remote
//
// remote: report calls into another component that cannot become network calls as they are
//
// Each rule below is documented once, with a bad and a good example, in the
// rule registry: `boundarylint help RULE` prints it, and docs/rules.md lists
// every rule. This comment tells the analyzer's story.
//
// Before a team extracts payments, it has to know whether the boundary it
// drew can be a network boundary. Today orders calls payments in process:
// it can hand over a callback, let payments fill a struct through a
// pointer, change a map payments keeps, and call it once per item in a
// loop. Each of those stops working, or becomes a round trip per
// iteration, once payments answers over the wire. For every call from a
// component into another's packages, as if the callee were a service
// tomorrow, in a file of orders:
//
//	payments.Charge(ctx, id, amount, func(r payments.Receipt) { ... }) // remote/non-data: takes a func
//	var r payments.Receipt
//	payments.Fill(ctx, id, &r)          // remote/writes-argument: payments writes through parameter 1
//	rates := payments.Rates()
//	rates["EUR"] = 1.1                  // remote/aliased-result: a map payments keeps
//	for _, o := range batch {
//		payments.Charge(ctx, o.ID, o.Total) // remote/call-in-loop: one round trip per order
//	}
//
// Non-data types: a parameter or result of the callee that cannot be sent
// over a network: a func, a chan, an unsafe.Pointer, an interface with
// methods (error and context.Context excepted: errors cross as codes and
// messages, a context as a deadline and request metadata), a *sql.DB,
// *sql.Conn, *sql.Stmt or *sql.Rows, a type of sync or sync/atomic, or a
// pointer, slice, array, map or struct holding one (a struct's exported
// and embedded fields count, except those tagged json:"-": they are what
// an encoder sends). A type with
// a MarshalJSON, MarshalText or MarshalBinary method says how it is sent
// and is data. A transaction type is left to tx/crossing, which already
// reports each transaction handed across. Reported once per call, naming
// each such parameter and result.
//
// Writes through an argument: the callee stores through one of its
// parameters (*p = v, p.f = v, p[i] = v where the path goes through a
// pointer, map or slice, copy, clear or delete on it), or passes it to a
// function that does. Each function exports an object fact listing the
// parameters it writes through ("writes through parameter 1"), computed
// over the package's own calls to a fixpoint and carried across packages,
// so a wrapper that hands its parameter on is caught. Reported at the
// argument.
//
// Aliased results: the callee returns its own state (a package variable
// of pointer, map or slice type, a path into one or its address, a field
// of its receiver of such a type, or what a function of its own returning
// state returns; the fact's "returns its state as result i"), and the
// calling function writes into that result, through the variable it
// assigned it to or straight through the call. Reading it is silent: a
// service returns a copy, and a copy reads the same.
//
// Calls in loops: a call inside a for or range loop of the same function
// (its body, a for loop's condition and post statement) is one network
// round trip per iteration, reported with the loop's place; a call whose
// every argument is loop-invariant counts too. Only operations count: a
// callee that takes a context.Context or a parameter that cannot cross (a
// session, a client), or a method of an opaque handle or an interface. A
// function of plain data only (payments.FormatAmount(cents)) ships in the
// client library and runs locally. A function literal inside a
// loop is not in the loop: it may run once, later, or never.
//
// Comparing another component's sentinel errors (errors.Is(err,
// payments.ErrDeclined)) is not a rule, by decision: the comparison is
// correct Go today and stays correct once the client maps the error code
// it receives back to the sentinel; that work is done once per sentinel of
// the callee's API, not once per comparison, so a finding per call site
// would count one fix many times and push teams to silence correct code.
// It belongs to the cut list's account of the callee's API, as a note.
//
// A method of a type that is plain data (a struct with exported fields,
// all data, or a named slice, map or basic type: (*user.User).DisplayName,
// Status.String) is not a call into the component: once it is a service
// such a value travels by copy and its methods run on the caller's side.
// A struct with only unexported fields is an opaque handle, and its
// methods are calls into the component.
//
// A method of an interface runs the dynamic type's code, so a call through
// one is a call into the interface's component only when that type can be
// the component's: a type of that component the package sees (its own
// package and the module's packages it imports, directly or not)
// implements the interface the call goes through, or no type of the module
// in sight implements it at all (the implementation is out of sight,
// behind the composition root that wires it in, so the interface stands
// for its component: a store.Store implemented by an unexported type of a
// package only main imports). When every implementation in sight is
// another component's, typically the caller's own (orders' Shipped
// notification implements payments' notify.Event, and orders calls
// e.SubjectID() on its own values), the call runs that code and is
// silent. The interface the call goes through is the receiver's static
// type, the narrowest (an interface of the caller's embedding payments'
// counts as its own; when nothing in sight implements it, the interface
// declaring the method decides), or a type parameter's constraint. Types
// declared in test files do not count: a test's fake of the interface is
// not what the production code calls.
//
// A context accessor, a function that hands out a value it reads from a
// context (ctx.Value, gin's and echo's Get and MustGet), directly or
// through another accessor (store.FromContext(ctx) Store), is not a call
// into its component either: it reads the caller's own context on the
// caller's side. Whether the value is there is ctxstate's finding:
// ctxstate/context-read reports the call when the key is another
// component's, and it is the more specific one: it names the key and the
// middleware that stops setting it once the component is a service, and
// its fix (pass the value in) is the right one, where "return plain data"
// is not. Each place is reported once, the way a transaction is left to
// tx/crossing. The accessors are found with the writes, to the same
// fixpoint, and ride in the same fact ("hands out a context value as
// result 0").
//
// Plain data in a single call is silent. So are calls inside a component,
// calls into a shared component (a library each service links in, so its
// calls stay in process, its interfaces' methods included, whichever
// component implements them) or into an in_process one (declared never to
// leave the process), calls made by a composition root (the wiring
// stays in process with what it wires), and calls in packages no
// component claims. Test files are exempt unless the spec's tests key names
// remote (tests: {remote: enforce}): a test that hands another component a
// func, a mock or a fake passes test doubles, not a network boundary.
//
// Not checked, by design: calls through function values (the callee is
// unknown), the receiver of a method call, writes through a local alias of
// a parameter (q := p; q.f = v), results returned through a local variable
// (m := s.items; return m), results written by a function the caller hands
// them to, calls through an interface whose implementations in sight are
// all a third component's (the call runs neither the caller's nor the
// interface's code; it is reported for neither), and the standard
// library's writes (json.Unmarshal fills its
// argument, but that is the caller's own call).
//
// Each diagnostic's Category is its rule: remote/non-data,
// remote/writes-argument, remote/aliased-result and remote/call-in-loop.
//
// Findings can be silenced with //boundarylint:ignore <reason>.
package remote
