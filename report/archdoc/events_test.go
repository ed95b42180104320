package archdoc

import (
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// TestEventsSection: topics by name with owner, publishers and
// subscribers; async paths listed after; the paths section marks sync,
// async and event paths.
func TestEventsSection(t *testing.T) {
	spec, err := boundary.Parse("boundaries.yaml", []byte(`version: 1
components:
  payments: {packages: [payments/...], owns: {topics: [payment.*]}}
  orders: {packages: [orders/...]}
  notifications: {packages: [notifications/...]}
`), "example.com/m")
	if err != nil {
		t.Fatal(err)
	}
	at := func(file string, line int) finding.Position { return finding.Position{RelFile: file, Line: line} }
	in := &Input{Spec: spec, Events: []finding.Event{
		{Kind: finding.EventPublish, Topic: "payment.captured", Component: "payments", Pos: at("payments/charge.go", 30)},
		{Kind: finding.EventSubscribe, Topic: "payment.captured", Component: "orders", Pos: at("orders/events.go", 12)},
		{Kind: finding.EventSubscribe, Topic: "payment.captured", Component: "notifications", Pos: at("notifications/mail.go", 9)},
		{Kind: finding.EventPublish, Topic: "order.placed", Component: "orders", Pos: at("orders/place.go", 5)},
		{Kind: finding.EventGo, Component: "orders", ToComponent: "payments", Callee: "api.Charge", Pos: at("orders/batch.go", 40)},
	}}
	got, err := Generate(in, Section{Kind: "events"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| `order.placed` | — | orders (`orders/place.go:5`) | — |\n| `payment.captured` | payments | payments (`payments/charge.go:30`) | notifications (`notifications/mail.go:9`)<br>orders (`orders/events.go:12`) |",
		"- `orders/batch.go:40` orders → payments: go statement calls `api.Charge`",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the events section lacks %q:\n%s", want, got)
		}
	}
	paths, err := Generate(in, Section{Kind: "paths"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Synchronous paths",
		"- async orders → payments: go statement calls `api.Charge` (`orders/batch.go:40`)",
		"- event payments → notifications: `payment.captured`\n- event payments → orders: `payment.captured`\n",
	} {
		if !strings.Contains(paths, want) {
			t.Errorf("the paths section lacks %q:\n%s", want, paths)
		}
	}
	empty, _ := Generate(&Input{Spec: spec}, Section{Kind: "events"})
	if !strings.Contains(empty, "No publish or subscribe site found") {
		t.Errorf("an events section without sites says nothing of it:\n%s", empty)
	}
}
