package finding

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Endpoint is one HTTP route or RPC method the module serves, found where
// the code registers it (a router call, an RPC service registration). It
// is no finding: it is the network side of a component's boundary, which
// the architecture document, the cut list and drift list. The endpoints
// analyzer, run with its -findings flag (drivers only), reports each as a
// note diagnostic whose Category is EndpointsEndpoint and whose one Related
// entry is EncodeEndpoint's text; a plain go vet or golangci-lint run never
// sees them.
//
// An endpoint belongs to the component of HandlerPackage, the package
// whose code serves it, not to the composition root that registers it.
type Endpoint struct {
	Kind    string `json:"kind"`             // "http", "grpc" or "connect"
	Library string `json:"library"`          // the router: "net/http", "chi", "gin", "echo", "gorilla/mux", "grpc", "connect"
	Method  string `json:"method,omitempty"` // GET, POST...; "" for any method (and for RPCs)
	Path    string `json:"path"`             // the pattern as the router spells it, prefixes joined: /api/v1/users/{id}, /pkg.Service/Method
	// Relative is set when the route was registered on a router whose
	// prefix the analysis could not see (a router parameter of a function
	// nobody in the module calls, a router returned to code it cannot
	// follow): Path is relative to that router's mount point.
	Relative bool `json:"relative,omitempty"`

	Handler        string       `json:"handler"`                 // (*webhook.Handler).ServeHTTP, httpapi.Create, a func literal: "func literal in main.main"
	HandlerPackage string       `json:"handler_package"`         // import path of the package whose code serves it
	Middleware     []Middleware `json:"middleware,omitempty"`    // outermost first
	Request        *Body        `json:"request,omitempty"`       // the JSON the handler decodes, when it decodes one
	Response       *Body        `json:"response,omitempty"`      // the JSON the handler encodes, when it encodes one
	Package        string       `json:"package"`                 // import path of the package of Pos
	Pos            Position     `json:"pos"`                     // the registration: the router call that names the path (a leaf route)
	Via            []Position   `json:"via,omitempty"`           // the calls that mounted it under its prefixes, outermost first, when not in Pos's function
	Test           bool         `json:"test,omitempty"`          // registered in a _test.go file
	RegisteredBy   string       `json:"registered_by,omitempty"` // the function that registers it, as Handler names functions
}

// Middleware is one function that wraps an endpoint's handler, with the
// package that declares it: its owner.
type Middleware struct {
	Name    string `json:"name"`
	Package string `json:"package"`
}

// Body is a request or response type and its JSON field names (json tags
// honoured, json:"-" left out, embedded structs' fields inlined).
type Body struct {
	Type   string   `json:"type"`
	Fields []string `json:"fields,omitempty"`
}

// EndpointsEndpoint is the Category of the note diagnostics that carry an
// Endpoint.
const EndpointsEndpoint = "endpoints/endpoint"

// EndpointsUnresolved is the unread kind (see Unread) of a route
// registration whose path or handler the endpoints analyzer cannot
// resolve: it is counted with its place and reason, never dropped.
const EndpointsUnresolved = "endpoints/unresolved"

// encodedEndpointPrefix starts the text of an encoded Endpoint.
const encodedEndpointPrefix = "boundarylint-endpoint:"

// EncodeEndpoint returns e as one line of text that DecodeEndpoint reads
// back.
func EncodeEndpoint(e Endpoint) string { return encode(encodedEndpointPrefix, e) }

// DecodeEndpoint reads an Endpoint written by EncodeEndpoint. ok is false
// when text is not one; err reports one that is but does not decode.
func DecodeEndpoint(text string) (e Endpoint, ok bool, err error) {
	return decode[Endpoint](encodedEndpointPrefix, "endpoint note", text)
}

// Route is how reports name an endpoint: "GET /orders/{id}", "/webhooks"
// for any method, "grpc /pkg.Service/Method" for an RPC.
func (e Endpoint) Route() string {
	switch {
	case e.Kind == "grpc" || e.Kind == "connect":
		return e.Kind + " " + e.Path
	case e.Method == "":
		return e.Path
	}
	return e.Method + " " + e.Path
}

// EndpointKey identifies an endpoint without positions, for drift: the
// route and the package that serves it.
type EndpointKey struct {
	Route          string `json:"route"`
	HandlerPackage string `json:"handler_package"`
}

// Key returns e's key.
func (e Endpoint) Key() EndpointKey { return EndpointKey{e.Route(), e.HandlerPackage} }

// SortEndpoints orders endpoints by path, method, kind and registration,
// and merges what several analyses of the same code report: the same
// registration seen from a package and its test variant, or from several
// callers, and a route reported Relative by the function that registers
// it when a caller that sees its prefix reports it in full. Of several
// relative versions of one registration none of which is complete, the
// one with the longest path (the most prefix known) stays. Test code is
// merged apart: a test that mounts a router completes no production
// route, and a route production code registers is not a test's.
func SortEndpoints(es []Endpoint) []Endpoint {
	full := map[string]bool{}
	for _, e := range es {
		if !e.Relative {
			full[site(e)] = true
		}
	}
	longest := map[string]int{}
	for _, e := range es {
		if e.Relative && !full[site(e)] {
			longest[site(e)] = max(longest[site(e)], len(e.Path))
		}
	}
	prod := map[string]bool{} // routes production code reports, by site and path
	for _, e := range es {
		if !e.Test {
			prod[site(e)+" "+e.Path] = true
		}
	}
	es = slices.DeleteFunc(slices.Clone(es), func(e Endpoint) bool {
		return e.Relative && (full[site(e)] || len(e.Path) < longest[site(e)]) || e.Test && prod[strings.TrimPrefix(site(e), "test ")+" "+e.Path]
	})
	slices.SortFunc(es, compareEndpoints)
	return slices.CompactFunc(es, func(a, b Endpoint) bool { return compareEndpoints(a, b) == 0 })
}

// site names a registration and the method it serves.
func site(e Endpoint) string {
	test := ""
	if e.Test {
		test = "test "
	}
	return test + e.Pos.File + ":" + strconv.Itoa(e.Pos.Line) + ":" + strconv.Itoa(e.Pos.Column) + " " + e.Method + " " + e.Kind
}

func compareEndpoints(a, b Endpoint) int {
	return cmp.Or(
		strings.Compare(a.Path, b.Path),
		strings.Compare(a.Method, b.Method),
		strings.Compare(a.Kind, b.Kind),
		strings.Compare(a.HandlerPackage, b.HandlerPackage),
		strings.Compare(a.Handler, b.Handler),
		a.Pos.Compare(b.Pos),
		boolCompare(a.Test, b.Test),
	)
}

// boolCompare orders false first.
func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}
