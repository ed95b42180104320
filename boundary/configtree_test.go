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
