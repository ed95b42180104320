package boundary

import (
	"fmt"
	"testing"
)

const rules = `version: 1
unassigned: deny
components:
  payments:
    packages: [internal/payments/...]
    api: [internal/payments/api, internal/payments/events/...]
    depends_on: [platform]
    isolated: true
  orders:
    packages: [internal/orders/...]
    depends_on: [payments]
  inventory:
    packages: [internal/inventory/...]
    api: []
  platform:
    packages: [internal/platform/...]
    shared: true
    api: [internal/platform/util]
  legacy:
    packages: ["..."]
  cli:
    packages: [cmd/...]
    depends_on: [inventory]
external:
  github.com/stripe/stripe-go/...: [payments]
  github.com/stripe/stripe-go/v76/webhook: [payments, orders]
  cloud.google.com/go/...: [legacy]
`

func TestCheckImport(t *testing.T) {
	s := mustParse(t, rules)
	m := func(rel string) string { return mod + "/" + rel }
	depOrders, depPayments, apiPayments, apiInventory, apiPlatform := pos(11, 5), pos(7, 5), pos(6, 5), pos(14, 5), pos(18, 5)
	stripe, webhook := pos(25, 3), pos(26, 3)
	tests := []struct {
		name, from, to string
		rule           Rule
		from2, to2     string // expected component names
		pos            Pos
	}{
		{"self import of own private package", m("internal/payments/ledger"), m("internal/payments/store"), Allowed, "payments", "payments", Pos{}},
		{"own root package", m("internal/payments/api"), m("internal/payments"), Allowed, "payments", "payments", Pos{}},
		{"depends_on, api package", m("internal/orders/http"), m("internal/payments/api"), Allowed, "orders", "payments", Pos{}},
		{"depends_on, api subtree", m("internal/orders/http"), m("internal/payments/events/v2"), Allowed, "orders", "payments", Pos{}},
		{"depends_on, private package", m("internal/orders/http"), m("internal/payments/ledger"), Private, "orders", "payments", apiPayments},
		{"decoy is not in the api subtree", m("internal/orders/http"), m("internal/payments/eventsx"), Private, "orders", "payments", apiPayments},
		{"not in depends_on", m("internal/orders/http"), m("internal/inventory/stock"), Forbidden, "orders", "inventory", depOrders},
		{"reverse of depends_on", m("internal/payments/api"), m("internal/orders/http"), Forbidden, "payments", "orders", depPayments},
		{"forbidden wins over private", m("internal/payments/api"), m("internal/orders/x"), Forbidden, "payments", "orders", depPayments},
		{"api: [] makes everything private", m("cmd/server"), m("internal/inventory/stock"), Private, "cli", "inventory", apiInventory},
		{"api: [] hides the root package too", m("cmd/server"), m("internal/inventory"), Private, "cli", "inventory", apiInventory},
		{"component without depends_on", m("internal/inventory/stock"), m("internal/orders/x"), Forbidden, "inventory", "orders", pos(12, 3)},
		{"shared component, api package", m("internal/orders/http"), m("internal/platform/util"), Allowed, "orders", "platform", Pos{}},
		{"shared component, private package", m("internal/orders/http"), m("internal/platform/db"), Private, "orders", "platform", apiPlatform},
		{"catch-all component may not widen", m("internal/orders/http"), m("internal/ordersx"), Forbidden, "orders", "legacy", depOrders},
		{"catch-all importing a component", m("tools/gen"), m("internal/payments/ledger"), Forbidden, "legacy", "payments", pos(19, 3)},
		{"no api key: whole component public", m("internal/payments/x"), m("internal/platform/util"), Allowed, "payments", "platform", Pos{}},
		{"standard library", m("internal/orders/http"), "net/http", Allowed, "orders", "", Pos{}},
		{"unreserved third party", m("internal/orders/http"), "github.com/google/uuid", Allowed, "orders", "", Pos{}},
		{"reserved, holder", m("internal/payments/charge"), "github.com/stripe/stripe-go/v76/client", Allowed, "payments", "", Pos{}},
		{"reserved, other component", m("internal/orders/http"), "github.com/stripe/stripe-go/v76/client", Reserved, "orders", "", stripe},
		{"reserved, decoy path", m("internal/orders/http"), "github.com/stripe/stripe-gox", Allowed, "orders", "", Pos{}},
		{"more specific reservation wins", m("internal/orders/http"), "github.com/stripe/stripe-go/v76/webhook", Allowed, "orders", "", Pos{}},
		{"more specific reservation, other", m("cmd/server"), "github.com/stripe/stripe-go/v76/webhook", Reserved, "cli", "", webhook},
		{"importer outside the module", "github.com/stripe/wrapper", "github.com/stripe/stripe-go/v76", Allowed, "", "", Pos{}},
		{"module lookalike importer", mod + "x/a", m("internal/payments/ledger"), Allowed, "", "", Pos{}},
	}
	for _, tt := range tests {
		v := s.CheckImport(tt.from, tt.to)
		if v.Rule != tt.rule || name(v.From) != tt.from2 || name(v.To) != tt.to2 || v.Pos != tt.pos {
			t.Errorf("%s: CheckImport(%s, %s) = {%q %s->%s at %v}, want {%q %s->%s at %v}", tt.name, tt.from, tt.to,
				v.Rule, name(v.From), name(v.To), v.Pos, tt.rule, tt.from2, tt.to2, tt.pos)
		}
		if (v.Rule == Reserved) != (v.Reservation != nil) {
			t.Errorf("%s: rule %q with reservation %v", tt.name, v.Rule, v.Reservation)
		}
	}
}

func name(c *Component) string {
	if c == nil {
		return ""
	}
	return c.Name
}

func TestCheckImportUnassigned(t *testing.T) {
	const spec = "version: 1\nunassigned: %s\ncomponents:\n  a: {packages: [a/...]}\nexternal:\n  github.com/x/...: [a]\n"
	for _, policy := range []Policy{Allow, Warn, Deny} {
		s := mustParse(t, sprintf(spec, policy))
		want := Allowed
		if policy == Deny {
			want = Unassigned
		}
		v := s.CheckImport(mod+"/a/b", mod+"/lib")
		if v.Rule != want || v.To != nil || v.From == nil {
			t.Errorf("%s: component importing an unclaimed package: %+v, want rule %q", policy, v, want)
		}
		if want == Unassigned && v.Pos != pos(2, 13) {
			t.Errorf("%s: verdict cites %v, want the unassigned key's value at 2:13", policy, v.Pos)
		}
		if v := s.CheckImport(mod+"/lib", mod+"/a/private"); v.Rule != Allowed || v.From != nil || name(v.To) != "a" {
			t.Errorf("%s: unclaimed package importing a component: %+v", policy, v)
		}
		if v := s.CheckImport(mod+"/lib", mod+"/other"); v.Rule != Allowed {
			t.Errorf("%s: unclaimed importing unclaimed: %+v", policy, v)
		}
		if v := s.CheckImport(mod+"/lib", "github.com/x/y"); v.Rule != Reserved || v.Pos != pos(6, 3) {
			t.Errorf("%s: an unclaimed package is never a holder of a reserved import: %+v", policy, v)
		}
	}
}

func TestMayReach(t *testing.T) {
	s := mustParse(t, rules)
	p := s.Component("payments")
	tests := []struct {
		pkg  string
		want bool
	}{
		{mod + "/internal/payments/ledger", true},
		{mod + "/internal/platform/db", true}, // depends_on: private packages count too, reach is not import
		{mod + "/internal/orders/http", false},
		{mod + "/tools/gen", false}, // the catch-all component
		{"fmt", true},               // standard library
		{"github.com/google/uuid", true},
		{"github.com/stripe/stripe-go/v76", true}, // reserved to payments
		{"cloud.google.com/go/storage", false},    // reserved to legacy
	}
	for _, tt := range tests {
		if got := s.MayReach(p, tt.pkg); got != tt.want {
			t.Errorf("MayReach(payments, %s) = %v, want %v", tt.pkg, got, tt.want)
		}
	}
	orders := s.Component("orders")
	if s.MayReach(orders, mod+"/internal/platform/util") {
		t.Error("shared components are reachable only through depends_on")
	}
	if !s.MayReach(nil, mod+"/internal/payments/ledger") {
		t.Error("MayReach(nil, ...) = false; nothing constrains unclaimed code")
	}
	unclaimed := mustParse(t, "version: 1\ncomponents:\n  a: {packages: [a/...], isolated: true}\n")
	if unclaimed.MayReach(unclaimed.Component("a"), mod+"/lib") {
		t.Error("an isolated component may reach an unclaimed module package")
	}
}

func TestMayUse(t *testing.T) {
	s := mustParse(t, rules)
	p, o, pl, inv := s.Component("payments"), s.Component("orders"), s.Component("platform"), s.Component("inventory")
	tests := []struct {
		c, d *Component
		want bool
	}{
		{p, p, true}, {o, p, true}, {p, o, false}, {o, pl, true}, {o, inv, false}, {o, nil, false},
	}
	for _, tt := range tests {
		if got := tt.c.MayUse(tt.d); got != tt.want {
			t.Errorf("%s.MayUse(%s) = %v", tt.c.Name, name(tt.d), got)
		}
	}
	if !o.DependsOnComponent("payments") || o.DependsOnComponent("platform") {
		t.Error("DependsOnComponent")
	}
	if !s.IsAPI(p, mod+"/internal/payments/api") || s.IsAPI(p, mod+"/internal/payments/ledger") || !s.IsAPI(o, mod+"/internal/orders/x") || s.IsAPI(inv, mod+"/internal/inventory") {
		t.Error("IsAPI")
	}
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func TestCompositionRoot(t *testing.T) {
	s := mustParse(t, `version: 1
components:
  payments:
    packages: [internal/payments/...]
    api: [internal/payments/api]
  orders:
    packages: [internal/orders/...]
    depends_on: [payments]
  platform:
    packages: [internal/platform/...]
    shared: true
    api: [internal/platform/util]
  server:
    packages: [cmd/...]
    composition_root: true
    depends_on: [payments]
`)
	m := func(rel string) string { return mod + "/" + rel }
	root := pos(15, 5)
	tests := []struct {
		name, from, to string
		rule           Rule
		pos            Pos
	}{
		{"root imports a private package of what it wires", m("cmd/server"), m("internal/payments/ledger"), Allowed, Pos{}},
		{"root imports a private package of a shared component", m("cmd/server"), m("internal/platform/db"), Allowed, Pos{}},
		{"root still needs depends_on", m("cmd/server"), m("internal/orders/http"), Forbidden, pos(16, 5)},
		{"nothing imports a root", m("internal/orders/http"), m("cmd/server/wiring"), Forbidden, root},
		{"others keep to the api", m("internal/orders/http"), m("internal/payments/ledger"), Private, pos(5, 5)},
		{"unclaimed code is unconstrained", m("tools/gen"), m("cmd/server/wiring"), Allowed, Pos{}},
	}
	for _, tt := range tests {
		if v := s.CheckImport(tt.from, tt.to); v.Rule != tt.rule || v.Pos != tt.pos {
			t.Errorf("%s: CheckImport(%s, %s) = %q at %v, want %q at %v", tt.name, tt.from, tt.to, v.Rule, v.Pos, tt.rule, tt.pos)
		}
	}
	server, payments, orders, platform := s.Component("server"), s.Component("payments"), s.Component("orders"), s.Component("platform")
	for _, tt := range []struct {
		c, d *Component
		want bool
	}{{server, payments, true}, {server, platform, true}, {server, server, true}, {server, orders, false},
		{orders, payments, false}, {nil, payments, false}, {server, nil, false}} {
		if got := s.Wires(tt.c, tt.d); got != tt.want {
			t.Errorf("Wires(%s, %s) = %v, want %v", name(tt.c), name(tt.d), got, tt.want)
		}
	}
}
