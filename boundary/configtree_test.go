package boundary

import (
	"strings"
	"testing"
)

func TestOwnersBelowConfig(t *testing.T) {
	spec, err := Parse("boundaries.yaml", []byte(`version: 1
components:
  payments:
    packages: [payments/...]
    owns:
      config: [payments.*, "billing.invoice.*"]
  shipping:
    packages: [shipping/...]
    owns:
      config: [shipping.carrier.key, "*.token"]
config:
  shared:
    config: [public.*]
`), "example.com/mono")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		key  string
		want []string // owners, in spec order
	}{
		{"payments", []string{"payments", "shipping"}},
		{"PAYMENTS", []string{"payments", "shipping"}},
		{"payments.currency", []string{"payments", "shipping"}}, // payments.* covers payments.currency.x
		{"paymentsx", []string{"shipping"}},
		{"log.level", []string{"shipping"}},
		{"billing", []string{"payments", "shipping"}}, // *.token can match billing.token
		{"billing.invoice", []string{"payments", "shipping"}},
		{"billing.invoices", []string{"shipping"}},
		{"shipping.carrier", []string{"shipping", "shipping"}},
		{"shipping.carrierx", []string{"shipping"}},
		{"public", nil}, // the shared public.* covers the whole subtree
		{"", nil},
	} {
		var got []string
		for _, o := range spec.OwnersBelowConfig(tc.key) {
			got = append(got, o.Owner.Name)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("OwnersBelowConfig(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
}

func TestOwnerOfPrefix(t *testing.T) {
	spec, err := Parse("boundaries.yaml", []byte(`version: 1
components:
  payments:
    packages: [payments/...]
    owns:
      env: [PAYMENTS_*, STRIPE_*]
      config: [payments.*]
  shipping:
    packages: [shipping/...]
    owns:
      env: [PAYMENTS_SHIPPING_*, SHIP*]
      config: [payments.shipping.*]
config:
  shared:
    env: [STRIPE_PUBLIC_KEY]
`), "example.com/mono")
	if err != nil {
		t.Fatal(err)
	}
	owner := func(o Ownership) string {
		if o.Owner == nil {
			return ""
		}
		return o.Owner.Name
	}
	for _, tc := range []struct{ prefix, want string }{
		{"PAYMENTS_", ""},          // PAYMENTS_SHIPPING_* of shipping takes some names
		{"PAYMENTS_X", "payments"}, // every PAYMENTS_X... is payments'
		{"PAYMENTS_SHIPPING_", "shipping"},
		{"PAYMENTS_SHIP", ""}, // PAYMENTS_SHIPx is payments', PAYMENTS_SHIPPING_x shipping's
		{"STRIPE_", ""},       // STRIPE_PUBLIC_KEY is shared
		{"STRIPE_SECRET_", "payments"},
		{"SHIPPING_", "shipping"},
		{"PAY", ""},        // PAYx is nobody's
		{"payments_x", ""}, // env names are case-sensitive
		{"", ""},
	} {
		if got := owner(spec.OwnerOfEnvPrefix(tc.prefix)); got != tc.want {
			t.Errorf("OwnerOfEnvPrefix(%q) = %q, want %q", tc.prefix, got, tc.want)
		}
	}
	for _, tc := range []struct{ prefix, want string }{
		{"Payments.Refunds.", "payments"}, // config keys fold case
		{"payments.", ""},
		{"payments.shipping.", "shipping"},
	} {
		if got := owner(spec.OwnerOfConfigPrefix(tc.prefix)); got != tc.want {
			t.Errorf("OwnerOfConfigPrefix(%q) = %q, want %q", tc.prefix, got, tc.want)
		}
	}
}
