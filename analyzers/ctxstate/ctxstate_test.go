package ctxstate_test

import (
	"os"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/ctxstate"
	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
	"github.com/boundarylint/boundarylint/boundary"
)

// TestFindings covers every finding and its absence: own, shared and
// claimed keys, accessors of an unexported key, middleware across three
// packages, gin and echo, package state, facts asserted on the functions
// and variables that export them (and their absence on functions that use
// a key for themselves); calls that are not reported: the owner's data
// layer reading its own key through a call, a setter, a runner like
// db.WithTx; a composition root using what it wires.
func TestFindings(t *testing.T) {
	fixture.Run(t, fixture.Bind(ctxstate.Analyzer, fixture.Spec(t, "boundaries.yaml", "")),
		"example.com/mono/payments/...", "example.com/mono/platform/...", "example.com/mono/orders/httpapi",
		"example.com/mono/orders/own", "example.com/mono/orders/state", "example.com/mono/orders/checkout", "example.com/mono/orders/ginapi", "example.com/mono/merchants/...",
		"example.com/mono/legacy", "example.com/mono/cmd/server")
}

// TestIgnores: a used directive is not reported, an unused one is.
func TestIgnores(t *testing.T) {
	a := ignores.New(fixture.Bind(ctxstate.Analyzer, fixture.Spec(t, "boundaries.yaml", "")))
	fixture.Run(t, a, "example.com/mono/orders/suppressed")
}

// TestTestPolicy: by default a test's writes of another component's state
// and context values are setup, its reads are reported; tests: {ctxstate:
// exempt} leaves tests unchecked and code checked.
func TestTestPolicy(t *testing.T) {
	fixture.Run(t, fixture.Bind(ctxstate.Analyzer, fixture.Spec(t, "boundaries.yaml", "")), "example.com/mono/orders/testsetup")
	spec := fixture.Spec(t, "boundaries.yaml", "")
	spec.Tests.Analyzers = map[string]boundary.TestPolicy{"ctxstate": boundary.TestsExempt}
	fixture.Run(t, fixture.Bind(ctxstate.Analyzer, spec), "example.com/mono/orders/testexempt")
}

// TestSpecFlag runs the flag-configured Analyzer, as go vet and nogo do.
func TestSpecFlag(t *testing.T) {
	fixture.SpecFlag(t, ctxstate.Analyzer, "boundaries.yaml")
	results := fixture.Run(t, ctxstate.Analyzer, "example.com/mono/orders/flagged")
	if len(results) == 0 || len(results[0].Diagnostics) != 1 {
		t.Fatalf("want one finding from the spec named by -spec, got %v", results)
	}
}

// TestMain fails when a rule of ctxstate has no fixture.
func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "ctxstate")) }

// TestClaimsUsed: with -findings, as drivers run it, each package tells
// which owns.context claims decided the owners of the keys it reads or
// sets, for the whole-module ctxstate/unused-claim rule; without, nothing
// (TestFindings).
func TestClaimsUsed(t *testing.T) {
	a := fixture.Bind(ctxstate.Analyzer, fixture.Spec(t, "boundaries.yaml", ""))
	if err := a.Flags.Set("findings", "true"); err != nil {
		t.Fatal(err)
	}
	fixture.Run(t, a, "example.com/mono/orders/claimsused")
}
