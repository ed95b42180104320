package modspec

import (
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
)

// TestCheckModule checks the spec mistakes only the module's source can
// show: each would switch a rule off, so each is an error at its entry.
func TestCheckModule(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod": "module example.com/monolith\n",
		"internal/config/config.go": `package config

import (
	"time"

	"example.com/monolith/internal/shared"
)

type Config struct {
	Payments PaymentsConfig
	Orders   *struct{ Currency string }
	Shared   shared.Settings
	Timeout  time.Duration
	Tags     map[string]string
	Alias    Alias
	shared.Embedded
}

type Alias = PaymentsConfig

type PaymentsConfig struct{ Currency, Secret string }

type Loader struct{ Getter }

type Getter interface{ Get(env, key string) string }

func String(key string) string { return "" }

func Lookup(prefix string, keys ...string) string { return "" }

func (l *Loader) Env(key string) string { return "" }
`,
		"internal/shared/shared.go":  "package shared\n\ntype Settings struct{ Region string }\n\ntype Embedded struct{ Debug bool }\n",
		"internal/platform/db/db.go": "package db\n\nfunc Exec(ctx any, q string) error { return nil }\n\ntype DB struct{}\n\nfunc (*DB) InTx(ctx any, fn func() error) error { return nil }\n",
	})
	spec := func(extra string) string {
		return "version: 1\ncomponents:\n  config:\n    packages: [internal/...]\n    owns:\n      fields:\n" + extra
	}
	good := spec(`        - internal/config.Config.Payments.Currency
        - internal/config.Config.Orders.Currency
        - internal/config.Config.Shared.Region
        - internal/config.Config.Timeout
        - internal/config.Config.Alias.Secret
        - internal/config.Config.Embedded.Debug
config:
  accessors:
    - {func: example.com/monolith/internal/config.String, key: 0}
    - {func: example.com/monolith/internal/config.Lookup, key: 5}
    - {func: example.com/monolith/internal/config.(*Loader).Env, key: 0, kind: env}
    - {func: example.com/monolith/internal/config.Getter.Get, key: 1, kind: env}
    - {func: example.com/monolith/internal/config.Loader.Get, key: 1, kind: env}
    - {func: github.com/spf13/viper.GetString, key: 9}
  getters:
    - {func: example.com/monolith/internal/config.(*Loader).Env, key: PAYMENTS_MODE, kind: env}
    - {func: example.com/monolith/internal/config.Lookup, key: payments.mode}
data:
  queries: [{func: example.com/monolith/internal/platform/db.Exec, sql: 1}]
  runners: [{func: example.com/monolith/internal/platform/db.(*DB).InTx, callback: 1}]
events:
  publishers: [{func: example.com/monolith/internal/platform/db.Exec, topic: 1}]
`)
	s, err := boundary.Parse(boundary.FileName, []byte(good), "example.com/monolith")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CheckModule(s, dir); err != nil {
		t.Fatalf("valid claims rejected:\n%v", err)
	}

	bad := spec(`        - internal/config.Config.Paymnts
        - internal/config.Config.Payments.Currency.Code
        - internal/config.Config.Tags.Key
        - internal/config.Confg.Payments
        - internal/conf.Config.Payments
        - internal/config.Config.Shared.Zone
config:
  accessors:
    - {func: example.com/monolith/internal/config.String, key: 1}
    - {func: example.com/monolith/internal/config.Strin, key: 0}
  getters:
    - {func: example.com/monolith/internal/config.Lokup, key: payments.mode}
data:
  queries: [{func: example.com/monolith/internal/platform/db.Exec, sql: 2}]
  runners: [{func: example.com/monolith/internal/platform/db.(*DB).InTx, callback: 3}]
events:
  publishers: [{func: example.com/monolith/internal/platform/db.Exec, topic: 5}]
  subscribers: [{func: example.com/monolith/internal/platform/db.Exc, topic: 0}]
`)
	want := `boundaries.yaml:7:11: field claim internal/config.Config.Paymnts of component config names no field Paymnts of Config; fix the claim
boundaries.yaml:8:11: field claim internal/config.Config.Payments.Currency.Code of component config goes through Config.Payments.Currency, which is not a struct; fix the claim
boundaries.yaml:9:11: field claim internal/config.Config.Tags.Key of component config goes through Config.Tags, which is not a struct; fix the claim
boundaries.yaml:10:11: field claim internal/config.Confg.Payments of component config names no type Confg of package internal/config; fix the claim
boundaries.yaml:11:11: field claim internal/conf.Config.Payments of component config names package internal/conf, which is not a package of module example.com/monolith; fix the claim
boundaries.yaml:12:11: field claim internal/config.Config.Shared.Zone of component config names no field Zone of Config.Shared; fix the claim
boundaries.yaml:15:7: config accessor example.com/monolith/internal/config.String has no argument 1: String takes 1 (arguments count from 0); fix key or func
boundaries.yaml:16:7: config accessor example.com/monolith/internal/config.Strin names no function of package internal/config (did you mean String?); fix key or func
boundaries.yaml:18:7: config getter example.com/monolith/internal/config.Lokup names no function of package internal/config (did you mean Lookup?); fix func
boundaries.yaml:20:13: query example.com/monolith/internal/platform/db.Exec has no argument 2: Exec takes 2 (arguments count from 0); fix sql or func
boundaries.yaml:21:13: runner example.com/monolith/internal/platform/db.DB.InTx has no argument 3: InTx takes 2 (arguments count from 0); fix callback or func
boundaries.yaml:23:16: event bus function example.com/monolith/internal/platform/db.Exec has no argument 5: Exec takes 2 (arguments count from 0); fix topic or func
boundaries.yaml:24:17: event bus function example.com/monolith/internal/platform/db.Exc names no function of package internal/platform/db (did you mean Exec?); fix topic or func`
	s, err = boundary.Parse(boundary.FileName, []byte(bad), "example.com/monolith")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CheckModule(s, dir); err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

// TestCheckModuleKey checks that a module key naming another module than
// the one checked is an error at the key: every pattern would match
// nothing and most findings would vanish without a word.
func TestCheckModuleKey(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"go.mod": "module example.com/monolith\n", "a/a.go": "package a\n"})
	s, err := boundary.Parse(boundary.FileName, []byte("version: 1\nmodule: example.com/monolit\ncomponents:\n  a: {packages: [a/...]}\n"), "example.com/monolith")
	if err != nil {
		t.Fatal(err)
	}
	_, err = CheckModule(s, dir)
	const want = `boundaries.yaml:2:9: module example.com/monolit is not the module being checked (its go.mod says module example.com/monolith); write "module: example.com/monolith" or remove the key`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	s, _ = boundary.Parse(boundary.FileName, []byte("version: 1\nmodule: example.com/monolith\ncomponents:\n  a: {packages: [a/...]}\n"), "")
	if _, err := CheckModule(s, dir); err != nil {
		t.Errorf("matching module key: %v", err)
	}
}

// TestCheckModuleContextKeys: a context key claim must name a
// package-level type, variable or constant of its package, in any file
// (build-tagged ones included); anything else is an error at the claim.
func TestCheckModuleContextKeys(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":                        "module example.com/m\n",
		"platform/ctxkeys/keys.go":      "package ctxkeys\n\ntype userKey struct{}\n\nvar UserID = userKey{}\n\nconst (\n\tTenant, Region = \"tenant\", \"region\"\n)\n\nfunc Trace() {}\n",
		"platform/ctxkeys/linux.go":     "//go:build linux\n\npackage ctxkeys\n\nvar Host = 1\n",
		"platform/ctxkeys/keys_test.go": "package ctxkeys\n\nvar TestOnly = 1\n",
		"users/users.go":                "package users\n",
	})
	spec := func(key string) string {
		return "version: 1\ncomponents:\n  platform: {packages: [platform/...], shared: true}\n  users:\n    packages: [users/...]\n    owns:\n      context: [" + key + "]\n"
	}
	for _, ok := range []string{"platform/ctxkeys.userKey", "platform/ctxkeys.UserID", "platform/ctxkeys.Tenant", "platform/ctxkeys.Region", "platform/ctxkeys.Host"} {
		s, err := boundary.Parse(boundary.FileName, []byte(spec(ok)), "example.com/m")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := CheckModule(s, dir); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for _, bad := range []string{"platform/ctxkeys.Trace", "platform/ctxkeys.TestOnly", "platform/ctxkeys.UserId"} {
		s, err := boundary.Parse(boundary.FileName, []byte(spec(bad)), "example.com/m")
		if err != nil {
			t.Fatal(err)
		}
		_, err = CheckModule(s, dir)
		want := "boundaries.yaml:7:17: context key claim " + bad + " of component users names no type, variable or constant of package platform/ctxkeys; fix the claim"
		if err == nil || err.Error() != want {
			t.Errorf("%s: got %v\nwant %s", bad, err, want)
		}
	}
}
