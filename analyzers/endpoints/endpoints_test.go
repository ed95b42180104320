package endpoints_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
	"github.com/boundarylint/boundarylint/finding"

	"github.com/boundarylint/boundarylint/analyzers/endpoints"
)

func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "endpoints")) }

// withFindings is the analyzer as drivers run it: only then does it
// report endpoints.
func withFindings(t *testing.T) *analysis.Analyzer {
	t.Helper()
	a := fixture.Bind(endpoints.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono"))
	if err := a.Flags.Set("findings", "true"); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestRoutes covers each router library, prefixes joined in one function,
// through router parameters and path parameters across packages (facts),
// mounts of a router another package returns, middleware unwrapped, RPC
// registrations and the registrations that cannot be resolved.
func TestRoutes(t *testing.T) {
	fixture.Run(t, withFindings(t), "example.com/mono/...")
}

// TestEndpointNotes: the encoded endpoints carry what reports need: the
// package that serves each (a closure adapter's callee's), middleware with
// its owner, the JSON fields of request and response, relative routes as
// such.
func TestEndpointNotes(t *testing.T) {
	got := map[string]string{}
	for _, r := range fixture.Run(t, withFindings(t), "example.com/mono/...") {
		for _, d := range r.Diagnostics {
			if d.Category != finding.EndpointsEndpoint {
				continue
			}
			e, ok, err := finding.DecodeEndpoint(d.Related[0].Message)
			if !ok || err != nil {
				t.Fatalf("%s: %q: %v", r.Pass.Fset.Position(d.Pos), d.Related[0].Message, err)
			}
			var mws []string
			for _, m := range e.Middleware {
				mws = append(mws, m.Name+"@"+m.Package)
			}
			s := fmt.Sprintf("%s relative=%v mw=%v", e.HandlerPackage, e.Relative, mws)
			if e.Request != nil {
				s += fmt.Sprintf(" req=%s%v", e.Request.Type, e.Request.Fields)
			}
			if e.Response != nil {
				s += fmt.Sprintf(" resp=%s%v", e.Response.Type, e.Response.Fields)
			}
			got[e.Route()+" "+filepath.Base(e.Pos.File)+" via "+fmt.Sprint(len(e.Via))] = s
		}
	}
	for route, want := range map[string]string{
		"POST /payments/charges httpapi.go via 1":         "example.com/mono/payments/httpapi relative=false mw=[] req=httpapi.ChargeRequest[order_id amount currency source] resp=httpapi.Receipt[ID amount]",
		"POST {$prefix}/charges httpapi.go via 0":         "example.com/mono/payments/httpapi relative=true mw=[] req=httpapi.ChargeRequest[order_id amount currency source] resp=httpapi.Receipt[ID amount]",
		"GET /health main.go via 0":                       "example.com/mono/payments/httpapi relative=false mw=[]",
		"/v1/ main.go via 0":                              "example.com/mono/payments/httpapi relative=false mw=[auth.Required@example.com/mono/platform/auth] req=httpapi.ChargeRequest[order_id amount currency source] resp=httpapi.Receipt[ID amount]",
		"DELETE /api/orders/{id} chiapi.go via 2":         "example.com/mono/orders/chiapi relative=false mw=[auth.Required@example.com/mono/platform/auth auth.Audit@example.com/mono/platform/auth]",
		"GET /orders/{id} chiapi.go via 0":                "example.com/mono/orders/chiapi relative=true mw=[auth.Required@example.com/mono/platform/auth]",
		"GET /v2/count chiapi.go via 1":                   "example.com/mono/orders/chiapi relative=false mw=[auth.Audit@example.com/mono/platform/auth]",
		"POST /api/v1/orders ginapi.go via 0":             "example.com/mono/orders/ginapi relative=false mw=[ginapi.logger@example.com/mono/orders/ginapi] req=ginapi.NewOrder[item count] resp=ginapi.Order[id item]",
		"GET /api/v1/items/:id echoapi.go via 1":          "example.com/mono/orders/echoapi relative=true mw=[echoapi.rateLimit@example.com/mono/orders/echoapi echoapi.rateLimit@example.com/mono/orders/echoapi] resp=*echoapi.Item[name]",
		"grpc /payments.v1.Payments/Charge main.go via 0": "example.com/mono/payments/rpc/server relative=false mw=[]",
	} {
		if got[route] != want {
			t.Errorf("%s:\n got %s\nwant %s", route, got[route], want)
		}
	}
	if t.Failed() {
		for k, v := range got {
			t.Logf("%s: %s", k, v)
		}
	}
}
