package boundary

import (
	"errors"
	"reflect"
	"testing"
)

// realistic is the DESIGN.md example with every section filled in. Tests
// below cite its line numbers: keep them in sync when editing it.
const realistic = `version: 1
unassigned: warn
tests: exempt
components:
  payments:
    doc: Card payments, refunds and the ledger; moving to its own service.
    packages: [internal/payments/...]
    api: [internal/payments/api, internal/payments/webhook/...]
    depends_on: [platform]
    isolated: true
    strict_config: true
    owns:
      env: [PAYMENTS_*, STRIPE_*]
      config: [payments.*]
      fields: [internal/config.Config.Payments, internal/config.Config.Stripe.Keys]
      tables: [payments, refunds, billing.ledger_entries]
  orders:
    packages:
      - internal/orders/...
      - internal/legacy/checkout
    depends_on: [payments, platform]
    owns:
      env: [ORDERS_*]
      tables: [orders]
  platform:
    packages: [internal/platform/...]
    shared: true
    owns:
      env: [PLATFORM_*]
  server:
    packages: [cmd/...]
    api: []
    depends_on: [payments, orders]
external:
  github.com/stripe/stripe-go/...: [payments]
  github.com/aws/aws-sdk-go-v2/service/sqs: [orders, payments]
config:
  shared:
    env: [DATABASE_URL, PAYMENTS_SHARED_*]
    config: [log.level]
  readers: [server]
  accessors:
    - {func: example.com/monolith/internal/config.String, key: 0, kind: config}
    - func: example.com/monolith/internal/config.(*Env).Get
      key: 1
      kind: env
data:
  shared_tables: [schema_migrations]
  transaction_types: [github.com/jmoiron/sqlx.Tx, gopkg.in/gorp.v2.Transaction]
  queries:
    - {func: example.com/monolith/internal/platform/db.Exec, sql: 1}
  runners:
    - {func: example.com/monolith/internal/platform/db.(*DB).InTx, callback: 1}
`

const mod = "example.com/monolith"

func mustParse(t testing.TB, src string) *Spec {
	t.Helper()
	s, err := Parse(FileName, []byte(src), mod)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return s
}

func pos(line, col int) Pos { return Pos{File: FileName, Line: line, Col: col} }

func TestParseRealistic(t *testing.T) {
	s := mustParse(t, realistic)
	if s.Module != mod || s.Name != FileName || len(s.Hash) != 64 {
		t.Errorf("Module, Name, Hash = %q, %q, %q", s.Module, s.Name, s.Hash)
	}
	if s.Unassigned != Warn || s.UnassignedPos != pos(2, 13) || s.Tests.Default != TestsExempt {
		t.Errorf("Unassigned %q at %v, Tests %q", s.Unassigned, s.UnassignedPos, s.Tests)
	}
	var names []string
	for _, c := range s.Components {
		names = append(names, c.Name)
	}
	if want := []string{"payments", "orders", "platform", "server"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("components %v, want %v in spec order", names, want)
	}

	p := s.Component("payments")
	if p.Pos != pos(5, 3) || p.Doc == "" || !p.Isolated || !p.StrictConfig || p.Shared {
		t.Errorf("payments: %+v", p)
	}
	checkPatterns(t, "payments packages", p.Packages, pat("internal/payments/...", "internal/payments", true, 7, 16))
	checkPatterns(t, "payments api", p.API,
		pat("internal/payments/api", "internal/payments/api", false, 8, 11),
		pat("internal/payments/webhook/...", "internal/payments/webhook", true, 8, 34))
	if p.APIPos != pos(8, 5) || p.DependsOnPos != pos(9, 5) || p.IsolatedPos != pos(10, 5) {
		t.Errorf("payments key positions: api %v depends_on %v isolated %v", p.APIPos, p.DependsOnPos, p.IsolatedPos)
	}
	if want := []Ref{{"platform", pos(9, 18)}}; !reflect.DeepEqual(p.DependsOn, want) {
		t.Errorf("payments depends_on %+v, want %+v", p.DependsOn, want)
	}
	wantOwns := Owns{
		Env:    []Claim{{"PAYMENTS_*", pos(13, 13)}, {"STRIPE_*", pos(13, 25)}},
		Config: []Claim{{"payments.*", pos(14, 16)}},
		Fields: []FieldClaim{
			{Package: "internal/config", Type: "Config", Path: []string{"Payments"}, Pos: pos(15, 16)},
			{Package: "internal/config", Type: "Config", Path: []string{"Stripe", "Keys"}, Pos: pos(15, 49)},
		},
		Tables: []Claim{{"payments", pos(16, 16)}, {"refunds", pos(16, 26)}, {"billing.ledger_entries", pos(16, 35)}},
	}
	if !reflect.DeepEqual(p.Owns, wantOwns) {
		t.Errorf("payments owns\n got %+v\nwant %+v", p.Owns, wantOwns)
	}

	o := s.Component("orders")
	checkPatterns(t, "orders packages", o.Packages,
		pat("internal/orders/...", "internal/orders", true, 19, 9),
		pat("internal/legacy/checkout", "internal/legacy/checkout", false, 20, 9))
	if o.API != nil || o.APIPos != o.Pos || o.Isolated || o.IsolatedPos != o.Pos {
		t.Errorf("orders without api/isolated: API %v APIPos %v IsolatedPos %v, want nil and the component key %v", o.API, o.APIPos, o.IsolatedPos, o.Pos)
	}
	if got := []string{o.DependsOn[0].Name, o.DependsOn[1].Name}; !reflect.DeepEqual(got, []string{"payments", "platform"}) {
		t.Errorf("orders depends_on %v", got)
	}
	if pl := s.Component("platform"); !pl.Shared || pl.DependsOnPos != pl.Pos {
		t.Errorf("platform: Shared %v, DependsOnPos %v", pl.Shared, pl.DependsOnPos)
	}
	if srv := s.Component("server"); srv.API == nil || len(srv.API) != 0 {
		t.Errorf("server api: [] decoded as %#v, want an empty non-nil slice", srv.API)
	}
	if s.Component("nope") != nil {
		t.Error("Component(nope) != nil")
	}

	if len(s.External) != 2 {
		t.Fatalf("external: %d reservations", len(s.External))
	}
	stripe, sqs := s.External[0], s.External[1]
	if stripe.Pattern.Path != "github.com/stripe/stripe-go" || !stripe.Pattern.Subtree || stripe.Pos != pos(35, 3) ||
		!reflect.DeepEqual(stripe.To, []Ref{{"payments", pos(35, 37)}}) {
		t.Errorf("stripe reservation %+v", stripe)
	}
	if sqs.Pattern.Subtree || len(sqs.To) != 2 || sqs.To[1].Name != "payments" {
		t.Errorf("sqs reservation %+v", sqs)
	}

	wantConfig := ConfigSettings{
		SharedEnv:    []Claim{{"DATABASE_URL", pos(39, 11)}, {"PAYMENTS_SHARED_*", pos(39, 25)}},
		SharedConfig: []Claim{{"log.level", pos(40, 14)}},
		Readers:      []Ref{{"server", pos(41, 13)}},
		Accessors: []Accessor{
			{Func: Func{Package: "example.com/monolith/internal/config", Name: "String"}, Key: 0, Kind: ConfigKey, Pos: pos(43, 7)},
			{Func: Func{Package: "example.com/monolith/internal/config", Type: "Env", Name: "Get"}, Key: 1, Kind: EnvKey, Pos: pos(44, 7)},
		},
	}
	if !reflect.DeepEqual(s.Config, wantConfig) {
		t.Errorf("config\n got %+v\nwant %+v", s.Config, wantConfig)
	}
	wantData := DataSettings{
		SharedTables: []Claim{{"schema_migrations", pos(48, 19)}},
		TransactionTypes: []TypeName{
			{Package: "github.com/jmoiron/sqlx", Name: "Tx", Pos: pos(49, 23)},
			{Package: "gopkg.in/gorp.v2", Name: "Transaction", Pos: pos(49, 51)},
		},
		Queries: []Query{{Func: Func{Package: "example.com/monolith/internal/platform/db", Name: "Exec"}, SQL: 1, Pos: pos(51, 7)}},
		Runners: []Runner{{Func: Func{Package: "example.com/monolith/internal/platform/db", Type: "DB", Name: "InTx"}, Callback: 1, Pos: pos(53, 7)}},
	}
	if !reflect.DeepEqual(s.Data, wantData) {
		t.Errorf("data\n got %+v\nwant %+v", s.Data, wantData)
	}
}

func pat(raw, path string, subtree bool, line, col int) Pattern {
	return Pattern{Raw: raw, Path: path, Subtree: subtree, Pos: pos(line, col)}
}

func checkPatterns(t *testing.T, what string, got []Pattern, want ...Pattern) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s\n got %+v\nwant %+v", what, got, want)
	}
}

func TestParseDefaultsAndModuleKey(t *testing.T) {
	s, err := Parse("specs/b.yaml", []byte("version: 1\nmodule: example.com/other\ncomponents:\n  a: {packages: [a/...]}\n"), "example.com/ignored")
	if err != nil {
		t.Fatal(err)
	}
	if s.Module != "example.com/other" || s.Unassigned != Allow || s.Tests.Default != TestsEnforce || s.Tests.Setup != TestsExempt || s.UnassignedPos != (Pos{}) {
		t.Errorf("module %q, unassigned %q at %v, tests %q", s.Module, s.Unassigned, s.UnassignedPos, s.Tests)
	}
	if got := s.Components[0].Pos.String(); got != "specs/b.yaml:4" {
		t.Errorf("Pos.String() = %q, want specs/b.yaml:4", got)
	}
	if got := (Pos{File: "x.yaml"}).String(); got != "x.yaml" {
		t.Errorf("Pos without line prints %q", got)
	}
}

func TestParseAliasesAndBooleans(t *testing.T) {
	s := mustParse(t, `version: 1
components:
  a:
    packages: &pk [a/...]
    shared: True
    isolated: FALSE
  b:
    packages: [b/...]
    depends_on: [a]
    owns: {env: &envs [B_*]}
  c:
    packages: [c/...]
    owns: {config: *envs}
`)
	a, c := s.Component("a"), s.Component("c")
	if !a.Shared || a.Isolated || a.Packages[0].Path != "a" {
		t.Errorf("a: %+v", a)
	}
	if len(c.Owns.Config) != 1 || c.Owns.Config[0].Pattern != "B_*" {
		t.Errorf("an alias is decoded as its anchor: %+v", c.Owns)
	}
}

func TestErrorsUnwrap(t *testing.T) {
	_, err := Parse(FileName, []byte("version: 2\ncomponents: {}\n"), mod)
	var es Errors
	var e *Error
	if !errors.As(err, &es) || !errors.As(err, &e) {
		t.Fatalf("errors.As(%T) finds neither Errors nor *Error", err)
	}
	if e.Pos.Line != 1 || len(es) != 2 {
		t.Errorf("first error %v; %d errors", e, len(es))
	}
}

func TestParseWithoutModule(t *testing.T) {
	const src = "version: 1\ncomponents:\n  a: {packages: [a/...]}\n"
	_, err := Parse(FileName, []byte(src), "")
	want := FileName + `:1:1: cannot tell which module the package patterns are relative to: no go.mod above the spec; add "module: <module path>"`
	if err == nil || err.Error() != want {
		t.Errorf("Parse without a module: %v\nwant %s", err, want)
	}
	a, _ := Parse(FileName, []byte(src), mod)
	b, _ := Parse(FileName, []byte(src+"# edited\n"), mod)
	if a.Hash == b.Hash {
		t.Error("an edit does not change the spec's hash")
	}
}
