package archdoc

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modspec"
)

// TestEndpointsSection: endpoints go to the component of their handler's
// package, with middleware owners, relative routes marked, the other
// components that import the handler's package (composition roots aside)
// and the unresolved registrations counted; test files' routes are left
// out, and an unknown component is an error.
func TestEndpointsSection(t *testing.T) {
	spec, err := modspec.Load(filepath.Join("..", "..", "testdata", "monolith", "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	api := spec.ImportPath("internal/payments/api")
	pos := finding.Position{File: "/m/cmd/server/main.go", RelFile: "cmd/server/main.go", Line: 9}
	in := &Input{Spec: spec,
		Endpoints: []finding.Endpoint{
			{Kind: "http", Method: "POST", Path: "/charges", Handler: "api.Charge", HandlerPackage: api, Pos: pos,
				Request:    &finding.Body{Type: "api.ChargeRequest", Fields: []string{"order_id", "amount"}},
				Middleware: []finding.Middleware{{Name: "auth.Required", Package: spec.ImportPath("internal/users")}, {Name: "middleware.Logger", Package: "github.com/go-chi/chi/v5/middleware"}}},
			{Kind: "http", Path: "/{id}", Relative: true, Handler: "api.Show", HandlerPackage: api, Pos: pos},
			{Kind: "grpc", Path: "/payments.v1.Payments/Refund", Handler: "api.Server", HandlerPackage: api, Pos: pos},
			{Kind: "http", Method: "GET", Path: "/test-only", Handler: "api.Fake", HandlerPackage: api, Pos: pos, Test: true},
		},
		Edges: []finding.Edge{
			{From: "orders", To: "payments", Imports: []finding.Import{{From: spec.ImportPath("internal/orders/service"), To: api}}},
			{From: "server", To: "payments", Imports: []finding.Import{{From: spec.ImportPath("cmd/server"), To: api}}},
		},
		Unread: []finding.UnreadCount{{Kind: finding.EndpointsUnresolved, Package: spec.ImportPath("cmd/server"), At: []finding.Position{pos}, Reasons: []string{"path from a variable"}}},
	}
	got, err := Generate(in, Section{Kind: "endpoints", Args: []string{"payments"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| POST | `/charges` | `api.Charge` | `api.ChargeRequest` order_id, amount | — | `auth.Required` (users)<br>`middleware.Logger` (github.com/go-chi/chi/v5/middleware) | `cmd/server/main.go:9` | orders |",
		"| any | `/{id}` (relative) | `api.Show` |",
		"| grpc | `/payments.v1.Payments/Refund` | `api.Server` |",
		"1 route registration(s) could not be resolved (`endpoints/unresolved`): `cmd/server/main.go:9` (path from a variable).",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the endpoints section lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "/test-only") || strings.Contains(got, "server |") || strings.Contains(got, ", server") {
		t.Errorf("the section lists a test route or a composition root as a caller:\n%s", got)
	}
	if _, err := Generate(in, Section{Kind: "endpoints", Args: []string{"nope"}}); err == nil || !strings.Contains(err.Error(), `no component "nope"`) {
		t.Errorf("an unknown component: err = %v", err)
	}
}
