package endpoints

import (
	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
	"github.com/boundarylint/boundarylint/finding"
)

// routesFact is what a function registers on a router it takes as a
// parameter or on the router it returns, with paths that may still name
// its string parameters: callers in other packages join their prefixes.
type routesFact struct {
	Routes []tmpl
}

func (*routesFact) AFact()           {}
func (f *routesFact) String() string { return "routes" }

// bodyFact is the JSON a handler (or a handler factory) decodes and
// encodes, for the packages that register it.
type bodyFact struct {
	Request, Response *finding.Body
}

func (*bodyFact) AFact()           {}
func (f *bodyFact) String() string { return "body" }

// methodRoutes and methodBodies are the package facts that carry the
// routesFacts and bodyFacts of the package's methods (see funcfacts: a
// fact about a method would be copied into every dependent package's fact
// file).
type (
	methodRoutes struct {
		Methods []funcfacts.Entry[*routesFact]
	}
	methodBodies struct{ Methods []funcfacts.Entry[*bodyFact] }
)

func (*methodRoutes) AFact() {}
func (*methodBodies) AFact() {}

func (t *methodRoutes) Entries() *[]funcfacts.Entry[*routesFact] { return &t.Methods }
func (t *methodBodies) Entries() *[]funcfacts.Entry[*bodyFact]   { return &t.Methods }

func (t *methodRoutes) String() string { return funcfacts.String[*routesFact](t) }
func (t *methodBodies) String() string { return funcfacts.String[*bodyFact](t) }

// tmpl is a route as a function registers it relative to one of its
// routers: Root is the index of the router parameter, or resultRoot for
// the router it returns. Path may hold placeholders for the function's
// string parameters (see placeholder); Handler.Param names a handler that
// is itself a parameter.
type tmpl struct {
	Root       int
	Library    string
	Kind       string
	Methods    []string // "" for any
	Path       string
	Handler    handler
	Middleware []finding.Middleware
	Pos        finding.Position
	Package    string
	Via        []finding.Position
	// Mount is set for a mounted handler parameter: the route stands for
	// whatever the caller mounts (its routes when it passes a router).
	Mount bool
}

// resultRoot is tmpl.Root for the router a function returns.
const resultRoot = -1
