package remote_test

import (
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"

	"github.com/boundarylint/boundarylint/analyzers/remote"
)

// TestFindings covers each rule, with facts across packages: a wrapper in
// payments/api that hands its parameter on to payments/ledger writes
// through it.
func TestFindings(t *testing.T) {
	fixture.Run(t, fixture.Bind(remote.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/platform/...", "example.com/mono/payments/...", "example.com/mono/orders/service")
}

// TestSilent: plain data in a single call, reads of returned state, a
// sentinel compared, a closure in a loop, a shared component's callback,
// calls inside the callee's component and from a composition root.
func TestSilent(t *testing.T) {
	fixture.Run(t, fixture.Bind(remote.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/orders/negatives", "example.com/mono/payments/worker", "example.com/mono/cmd/server")
}

// TestFlagSpec: the flag-configured analyzer, as go vet runs it, reads the
// spec named by -spec.
func TestFlagSpec(t *testing.T) {
	fixture.SpecFlag(t, remote.Analyzer, "boundaries.yaml")
	fixture.Run(t, remote.Analyzer, "example.com/mono/orders/negatives")
}
