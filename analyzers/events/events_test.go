package events_test

import (
	"os"
	"slices"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"

	"github.com/boundarylint/boundarylint/analyzers/events"
	"github.com/boundarylint/boundarylint/finding"
)

// TestFindings: a publish to a topic payments owns, through each client
// the analyzer knows, the spec's bus, and wrappers (facts across
// packages); topics through constants, fields, locals, env vars.
func TestFindings(t *testing.T) {
	fixture.Run(t, fixture.Bind(events.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/platform/...", "example.com/mono/orders/publish")
}

// TestSilent: subscribing to another's topic, publishing one's own, an
// unowned or unresolved topic, a test file under the default tests
// policy, a composition root.
func TestSilent(t *testing.T) {
	fixture.Run(t, fixture.Bind(events.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/orders/silent", "example.com/mono/payments/events", "example.com/mono/cmd/server")
}

// TestNotes: with -findings, as drivers run it, each site, each
// asynchronous path and each unresolved topic is a note, and each package
// tells which topic claims it used; a composition root's call of a
// component's constructor is that component's site.
func TestNotes(t *testing.T) {
	a := fixture.Bind(events.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono"))
	if err := a.Flags.Set("findings", "true"); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range fixture.Run(t, a, "example.com/mono/orders/inventory", "example.com/mono/orders/async", "example.com/mono/cmd/wire") {
		for _, d := range r.Diagnostics {
			if e, ok, err := finding.DecodeEvent(d.Related[0].Message); ok && err == nil && e.Topic == "order.wired" {
				got = append(got, e.Component)
			}
		}
	}
	if !slices.Equal(got, []string{"orders"}) {
		t.Errorf("the root's call of orders' constructor is attributed to %v, want [orders]", got)
	}
}

// TestFlagSpec: the flag-configured analyzer, as go vet runs it, reads the
// spec named by -spec.
func TestFlagSpec(t *testing.T) {
	fixture.SpecFlag(t, events.Analyzer, "boundaries.yaml")
	fixture.Run(t, events.Analyzer, "example.com/mono/orders/silent")
}

// TestMain fails when a rule of events has no fixture.
func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "events")) }
