package boundary

import "testing"

const owners = `version: 1
components:
  payments:
    packages: [internal/payments/...]
    owns:
      env: [PAYMENTS_*, STRIPE_*, STRIPE_WEBHOOK_SECRET_OLD]
      config: [payments.*, Stripe.Key]
      fields: [internal/config.Config.Payments, internal/config.Config.Stripe]
      tables: [payments, refunds, Ledger_Entries, billing.invoices]
  orders:
    packages: [internal/orders/...]
    owns:
      env: [STRIPE_WEBHOOK_*]
      config: [payments.refund_window]
      fields: [internal/config.Config.Payments.RefundWindow]
      tables: [orders, invoices]
  server:
    packages: [cmd/...]
config:
  shared:
    env: [PAYMENTS_REGION]
    config: [payments.region]
  readers: [server]
data:
  shared_tables: [schema_migrations, Audit.*]
`

func TestOwnerOfEnv(t *testing.T) {
	s := mustParse(t, owners)
	tests := []struct {
		name, owner, claim string
		shared             bool
	}{
		{"PAYMENTS_CURRENCY", "payments", "PAYMENTS_*", false},
		{"PAYMENTS_", "payments", "PAYMENTS_*", false},
		{"STRIPE_KEY", "payments", "STRIPE_*", false},
		{"STRIPE_WEBHOOK_SECRET", "orders", "STRIPE_WEBHOOK_*", false},                // more literal characters win
		{"STRIPE_WEBHOOK_SECRET_OLD", "payments", "STRIPE_WEBHOOK_SECRET_OLD", false}, // exact name beats the glob
		{"PAYMENTS_REGION", "", "PAYMENTS_REGION", true},                              // shared wins over every claim
		{"payments_currency", "", "", false},                                          // env names are case-sensitive
		{"HOME", "", "", false},
		{"XPAYMENTS_A", "", "", false},
	}
	for _, tt := range tests {
		o := s.OwnerOfEnv(tt.name)
		if name(o.Owner) != tt.owner || o.Claim.Pattern != tt.claim || o.Shared != tt.shared {
			t.Errorf("OwnerOfEnv(%s) = {%s %q shared=%v}, want {%s %q shared=%v}", tt.name, name(o.Owner), o.Claim.Pattern, o.Shared, tt.owner, tt.claim, tt.shared)
		}
		if o.Claim.Pattern != "" && o.Claim.Pos.Line == 0 {
			t.Errorf("OwnerOfEnv(%s): claim without position", tt.name)
		}
	}
	if o := s.OwnerOfEnv("STRIPE_KEY"); o.Claim.Pos != pos(6, 25) {
		t.Errorf("STRIPE_* claim at %v, want 6:25", o.Claim.Pos)
	}
}

func TestOwnerOfConfig(t *testing.T) {
	s := mustParse(t, owners)
	tests := []struct{ key, owner, claim string }{
		{"payments.currency", "payments", "payments.*"},
		{"Payments.Currency", "payments", "payments.*"}, // viper folds case
		{"PAYMENTS.REFUND_WINDOW", "orders", "payments.refund_window"},
		{"stripe.key", "payments", "Stripe.Key"},
		{"payments.region", "", "payments.region"}, // shared
		{"PAYMENTS.REGION", "", "payments.region"},
		{"orders.limit", "", ""},
		{"payments", "", ""}, // "payments.*" needs the dot
	}
	for _, tt := range tests {
		o := s.OwnerOfConfig(tt.key)
		if name(o.Owner) != tt.owner || o.Claim.Pattern != tt.claim {
			t.Errorf("OwnerOfConfig(%s) = {%s %q}, want {%s %q}", tt.key, name(o.Owner), o.Claim.Pattern, tt.owner, tt.claim)
		}
	}
}

func TestOwnerOfTable(t *testing.T) {
	s := mustParse(t, owners)
	tests := []struct {
		table, owner, claim string
		shared              bool
	}{
		{"payments", "payments", "payments", false},
		{"PAYMENTS", "payments", "payments", false},
		{"ledger_entries", "payments", "Ledger_Entries", false},
		{"public.payments", "payments", "payments", false},          // schema-qualified falls back to the table
		{"billing.invoices", "payments", "billing.invoices", false}, // a qualified claim matches first
		{"BILLING.INVOICES", "payments", "billing.invoices", false},
		{"sales.invoices", "orders", "invoices", false},
		{"invoices", "orders", "invoices", false},
		{"schema_migrations", "", "schema_migrations", true},
		{"public.schema_migrations", "", "schema_migrations", true},
		{"audit.log", "", "Audit.*", true},
		{"customers", "", "", false},
		{"payments_archive", "", "", false},
	}
	for _, tt := range tests {
		o := s.OwnerOfTable(tt.table)
		if name(o.Owner) != tt.owner || o.Claim.Pattern != tt.claim || o.Shared != tt.shared {
			t.Errorf("OwnerOfTable(%s) = {%s %q shared=%v}, want {%s %q shared=%v}", tt.table, name(o.Owner), o.Claim.Pattern, o.Shared, tt.owner, tt.claim, tt.shared)
		}
	}
}

func TestOwnerOfTopic(t *testing.T) {
	s := mustParse(t, `version: 1
components:
  payments:
    packages: [payments/...]
    owns: {topics: [payment.*, payments-events, "env:PAYMENTS_TOPIC"]}
  orders:
    packages: [orders/...]
    owns: {topics: [payment.refund.requested]}
`)
	tests := []struct{ topic, owner, claim string }{
		{"payment.captured", "payments", "payment.*"},
		{"payment.refund.requested", "orders", "payment.refund.requested"}, // the more specific claim
		{"Payment.captured", "", ""},                                       // brokers compare topics case-sensitively
		{"arn:aws:sns:eu-west-1:123456789012:payments-events", "payments", "payments-events"},
		{"https://sqs.eu-west-1.amazonaws.com/123456789012/payments-events", "payments", "payments-events"},
		{"env:PAYMENTS_TOPIC", "payments", "env:PAYMENTS_TOPIC"},
		{"env:ORDERS_TOPIC", "", ""},
		{"order.placed", "", ""},
	}
	for _, tt := range tests {
		o := s.OwnerOfTopic(tt.topic)
		if name(o.Owner) != tt.owner || o.Claim.Pattern != tt.claim {
			t.Errorf("OwnerOfTopic(%s) = {%s %q}, want {%s %q}", tt.topic, name(o.Owner), o.Claim.Pattern, tt.owner, tt.claim)
		}
	}
}

func TestOwnerOfField(t *testing.T) {
	s := mustParse(t, owners)
	cfg := mod + "/internal/config"
	tests := []struct {
		pkg, typ string
		path     []string
		owner    string
		claim    string
	}{
		{cfg, "Config", []string{"Payments"}, "payments", "internal/config.Config.Payments"},
		{cfg, "Config", []string{"Payments", "Currency"}, "payments", "internal/config.Config.Payments"},
		{cfg, "Config", []string{"Payments", "RefundWindow"}, "orders", "internal/config.Config.Payments.RefundWindow"},
		{cfg, "Config", []string{"Payments", "RefundWindow", "Days"}, "orders", "internal/config.Config.Payments.RefundWindow"},
		{cfg, "Config", []string{"Stripe", "Key"}, "payments", "internal/config.Config.Stripe"},
		{cfg, "Config", []string{"StripeX"}, "", ""},
		{cfg, "Config", []string{"Orders"}, "", ""},
		{cfg, "Config", nil, "", ""}, // the whole struct is nobody's
		{cfg, "Other", []string{"Payments"}, "", ""},
		{mod + "/internal/configx", "Config", []string{"Payments"}, "", ""},
		{"internal/config", "Config", []string{"Payments"}, "", ""}, // not an import path of the module
	}
	for _, tt := range tests {
		o := s.OwnerOfField(tt.pkg, tt.typ, tt.path)
		if name(o.Owner) != tt.owner || o.Claim.Pattern != tt.claim {
			t.Errorf("OwnerOfField(%s, %s, %v) = {%s %q}, want {%s %q}", tt.pkg, tt.typ, tt.path, name(o.Owner), o.Claim.Pattern, tt.owner, tt.claim)
		}
	}
	if o := s.OwnerOfField(cfg, "Config", []string{"Payments"}); o.Claim.Pos != pos(8, 16) {
		t.Errorf("field claim at %v, want 8:16", o.Claim.Pos)
	}
}

func TestIsConfigReader(t *testing.T) {
	s := mustParse(t, owners)
	if !s.IsConfigReader(s.Component("server")) || s.IsConfigReader(s.Component("orders")) || s.IsConfigReader(nil) {
		t.Error("IsConfigReader: only server reads every component's config")
	}
}
