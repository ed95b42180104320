package cut

import (
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// Endpoint is one HTTP route or RPC method the component serves: the
// network API it keeps once it runs alone (finding.Endpoint).
type Endpoint struct {
	Route      string   `json:"route"`   // "POST /payments/charges", "grpc /pkg.Service/Method"
	Handler    string   `json:"handler"` // (*httpapi.Handler).Charge
	Relative   bool     `json:"relative,omitempty"`
	Request    string   `json:"request,omitempty"`  // the JSON type and its fields: "httpapi.ChargeRequest {order_id, amount}"
	Response   string   `json:"response,omitempty"` // likewise
	Middleware []string `json:"middleware,omitempty"`
	Place      Place    `json:"place"` // where the route is registered
}

// AddEndpoints lists the endpoints whose handlers the component's packages
// declare, in path order; routes registered in test files are left out.
func (l *List) AddEndpoints(spec *boundary.Spec, eps []finding.Endpoint) {
	for _, e := range eps {
		c := spec.ComponentOf(e.HandlerPackage)
		if e.Test || c == nil || c.Name != l.Component {
			continue
		}
		var mws []string
		for _, m := range e.Middleware {
			mws = append(mws, m.Name)
		}
		l.Endpoints = append(l.Endpoints, Endpoint{Route: e.Route(), Handler: e.Handler, Relative: e.Relative,
			Request: bodyText(e.Request), Response: bodyText(e.Response), Middleware: slices.Compact(mws),
			Place: Place{File: fileOf(e.Pos), Line: e.Pos.Line}})
	}
}

func bodyText(b *finding.Body) string {
	if b == nil {
		return ""
	}
	if len(b.Fields) == 0 {
		return b.Type
	}
	return b.Type + " {" + strings.Join(b.Fields, ", ") + "}"
}

func fileOf(p finding.Position) string {
	if p.RelFile != "" {
		return p.RelFile
	}
	return p.File
}

// writeEndpoints writes the endpoints section: what the component serves
// over the network, which stays its API once it is cut out.
func (l *List) writeEndpoints(b *strings.Builder) {
	if len(l.Endpoints) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## Endpoints it serves (%d)\n\nThe network API that moves with %s: its handlers serve these routes, wherever they are registered.\n\n", len(l.Endpoints), l.Component)
	for _, e := range l.Endpoints {
		fmt.Fprintf(b, "- `%s` → `%s`", e.Route, e.Handler)
		if e.Relative {
			b.WriteString(" (path relative to a router whose prefix is not known)")
		}
		var parts []string
		if e.Request != "" {
			parts = append(parts, "request `"+e.Request+"`")
		}
		if e.Response != "" {
			parts = append(parts, "response `"+e.Response+"`")
		}
		if len(e.Middleware) > 0 {
			parts = append(parts, "middleware "+strings.Join(e.Middleware, ", "))
		}
		if len(parts) > 0 {
			b.WriteString(": " + strings.Join(parts, "; "))
		}
		fmt.Fprintf(b, " — registered at %s:%d\n", e.Place.File, e.Place.Line)
	}
}
