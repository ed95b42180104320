package config_test

import (
	"os"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/config"
	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
	"github.com/boundarylint/boundarylint/boundary"
)

// TestAccessForms covers every access form and every negative of the rule.
func TestAccessForms(t *testing.T) {
	fixture.Run(t, fixture.Bind(config.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/orders/envreads", "example.com/mono/orders/viperreads", "example.com/mono/orders/koanfreads",
		"example.com/mono/orders/folding", "example.com/mono/orders/fields", "example.com/mono/orders/tags",
		"example.com/mono/orders/accessors", "example.com/mono/orders/getters", "example.com/mono/orders/free", "example.com/mono/orders/suppressed")
}

// TestOwnersAndReaders: the owner, the composition root, unclaimed and
// shared packages read freely.
func TestOwnersAndReaders(t *testing.T) {
	fixture.Run(t, fixture.Bind(config.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/payments", "example.com/mono/payments/settings", "example.com/mono/cmd/server", "example.com/mono/cmd/loader", "example.com/mono/legacy", "example.com/mono/platform/...")
}

// TestStrictConfig: run-time keys are unverifiable in a strict component.
func TestStrictConfig(t *testing.T) {
	fixture.Run(t, fixture.Bind(config.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")), "example.com/mono/shipping/...")
}

// TestIgnores: a used directive is not reported, an unused one is.
func TestIgnores(t *testing.T) {
	a := ignores.New(fixture.Bind(config.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")))
	fixture.Run(t, a, "example.com/mono/orders/stale", "example.com/mono/orders/suppressed")
}

// TestTestPolicy: tests: {config: exempt} leaves the tests of a package
// unchecked and its code checked; tests: {setup: enforce} reports the
// writes in tests that the default leaves out as setup (envreads_test.go).
func TestTestPolicy(t *testing.T) {
	spec := fixture.Spec(t, "boundaries.yaml", "example.com/mono")
	spec.Tests.Analyzers = map[string]boundary.TestPolicy{"config": boundary.TestsExempt}
	fixture.Run(t, fixture.Bind(config.Analyzer, spec), "example.com/mono/orders/testexempt")
	spec = fixture.Spec(t, "boundaries.yaml", "example.com/mono")
	spec.Tests.Setup = boundary.TestsEnforce
	fixture.Run(t, fixture.Bind(config.Analyzer, spec), "example.com/mono/orders/testsetup")
}

// TestSpecFlag runs the flag-configured Analyzer, as go vet and nogo do.
func TestSpecFlag(t *testing.T) {
	fixture.SpecFlag(t, config.Analyzer, "boundaries.yaml")
	fixture.Run(t, config.Analyzer, "example.com/mono/orders/free")
}

// TestMain fails when a rule of config has no fixture.
func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "config")) }

// TestClaimsUsed: with -findings, as drivers run it, each package tells
// which claims decided the owners of what it reads, even where it may
// read anything (legacy, unclaimed; loader, a config reader); without,
// nothing (TestAccessForms, TestOwnersAndReaders).
func TestClaimsUsed(t *testing.T) {
	a := fixture.Bind(config.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono"))
	if err := a.Flags.Set("findings", "true"); err != nil {
		t.Fatal(err)
	}
	fixture.Run(t, a, "example.com/mono/orders/claimsused", "example.com/mono/orders/claimsown", "example.com/mono/quiet")
}
