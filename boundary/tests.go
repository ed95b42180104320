package boundary

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// TestPolicy says whether findings in _test.go files are reported.
type TestPolicy string

const (
	TestsEnforce TestPolicy = "enforce" // test files follow their package's component
	TestsExempt  TestPolicy = "exempt"  // nothing in test files is reported
)

// TestAnalyzers returns the analyzers the tests key can set a policy for:
// the ones that report findings about the spec (the ignores analyzer
// reports on directives, which test files have like any other).
func TestAnalyzers() []string {
	return []string{"imports", "config", "tx", "ctxstate", "remote", "events"}
}

// Tests is the spec's tests key: what the analyzers report in _test.go
// files. Written as one policy (tests: exempt) it sets Default; as a
// mapping it can also set one analyzer's policy and Setup.
//
// Setup decides the writes a test makes to what another component owns
// (os.Setenv and t.Setenv of its env vars, viper.Set of its keys, its
// config fields, its context keys and package variables) where the
// analyzer's policy is enforce. Its default is exempt: a test that sets a
// setting or a context value prepares the code under test; what couples is
// the production code that reads it, which is reported there, and the
// import that lets the test reach the other component.
type Tests struct {
	Default   TestPolicy
	Analyzers map[string]TestPolicy // by analyzer name, when set
	Setup     TestPolicy
	Pos       Pos // the tests key; zero without one
}

// DefaultTests is the policy of a spec without a tests key. The remote
// rules are exempt in tests unless the spec names them: a test that calls
// another component with a func, a mock or a fake passes test doubles, not
// a network boundary (on woodpecker, 270 of 481 remote/non-data findings
// were such calls). So are the events rules: a test that publishes to
// another component's topic feeds the code under test, as a fake broker.
func DefaultTests() Tests {
	return Tests{Default: TestsEnforce, Setup: TestsExempt, Analyzers: map[string]TestPolicy{"remote": TestsExempt, "events": TestsExempt}}
}

// For returns the policy for the findings analyzer reports in test files.
func (t Tests) For(analyzer string) TestPolicy {
	if p, ok := t.Analyzers[analyzer]; ok {
		return p
	}
	return t.Default
}

// Exempts reports whether a finding of analyzer in a test file is left
// out: its analyzer's policy is exempt, or it is a write (setup) and
// Setup is exempt.
func (t Tests) Exempts(analyzer string, write bool) bool {
	return t.For(analyzer) == TestsExempt || write && t.Setup == TestsExempt
}

// String prints the policy as a spec would write it in one line.
func (t Tests) String() string {
	parts := []string{"default: " + string(t.Default)}
	for _, a := range TestAnalyzers() {
		if p, ok := t.Analyzers[a]; ok {
			parts = append(parts, a+": "+string(p))
		}
	}
	return "{" + strings.Join(append(parts, "setup: "+string(t.Setup)), ", ") + "}"
}

// decodeTests reads the tests key: a policy, or a mapping of policies.
func (d *decoder) decodeTests(t *Tests, n *yaml.Node) {
	t.Pos = d.pos(n)
	switch r := resolve(n); {
	case r.Kind == yaml.ScalarNode && !isNull(r):
		t.Default = d.testPolicy(n, "tests")
		return
	case r.Kind != yaml.MappingNode:
		d.errorf(n, "tests must be enforce, exempt or a mapping such as {default: enforce, tx: exempt, setup: exempt}, not %s", describe(r))
		return
	}
	known := append([]string{"default", "setup"}, TestAnalyzers()...)
	d.mapping(n, "tests", known, func(key string, k, v *yaml.Node) {
		p := d.testPolicy(v, "tests "+key)
		switch key {
		case "default":
			t.Default = p
		case "setup":
			t.Setup = p
		default:
			if t.Analyzers == nil {
				t.Analyzers = map[string]TestPolicy{}
			}
			t.Analyzers[key] = p
		}
	})
}

func (d *decoder) testPolicy(n *yaml.Node, what string) TestPolicy {
	s, ok := d.str(n, what)
	if !ok {
		return TestsEnforce
	}
	if s != string(TestsEnforce) && s != string(TestsExempt) {
		d.errorf(n, "%s must be %q or %q, not %q", what, TestsEnforce, TestsExempt, s)
		return TestsEnforce
	}
	return TestPolicy(s)
}
