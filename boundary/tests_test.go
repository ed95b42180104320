package boundary

import "testing"

// TestTestsPolicy: each form of the tests key decides, per analyzer, which
// findings in test files are left out, writes (setup) apart.
func TestTestsPolicy(t *testing.T) {
	type want struct {
		analyzer string
		write    bool
		exempt   bool
	}
	for _, tt := range []struct {
		name, tests string
		wants       []want
	}{
		{"absent: enforce, setup exempt", "", []want{
			{"imports", false, false}, {"config", false, false}, {"config", true, true}, {"ctxstate", true, true}, {"tx", false, false}, {"remote", false, true}}},
		{"scalar enforce keeps the setup and remote defaults", "tests: enforce\n", []want{
			{"config", false, false}, {"config", true, true}, {"remote", false, true}}},
		{"remote named: enforced", "tests: {remote: enforce}\n", []want{
			{"remote", false, false}, {"config", true, true}}},
		{"events exempt unless named", "", []want{{"events", false, true}}},
		{"events named: enforced", "tests: {events: enforce}\n", []want{{"events", false, false}, {"remote", false, true}}},
		{"scalar exempt: everything", "tests: exempt\n", []want{
			{"imports", false, true}, {"config", false, true}, {"tx", false, true}, {"ctxstate", false, true}}},
		{"setup enforced", "tests: {setup: enforce}\n", []want{
			{"config", true, false}, {"ctxstate", true, false}, {"tx", false, false}}},
		{"one analyzer exempt", "tests:\n  tx: exempt\n", []want{
			{"tx", false, true}, {"imports", false, false}, {"config", false, false}, {"config", true, true}}},
		{"default exempt, imports enforced", "tests:\n  default: exempt\n  imports: enforce\n", []want{
			{"imports", false, false}, {"config", false, true}, {"ctxstate", true, true}}},
		{"an exempt analyzer exempts its writes too", "tests: {config: exempt, setup: enforce}\n", []want{
			{"config", true, true}, {"ctxstate", true, false}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "version: 1\n"+tt.tests+"components:\n  a: {packages: [a/...]}\n")
			for _, w := range tt.wants {
				if got := s.Tests.Exempts(w.analyzer, w.write); got != w.exempt {
					t.Errorf("Exempts(%s, write %v) = %v, want %v (policy %s)", w.analyzer, w.write, got, w.exempt, s.Tests)
				}
			}
		})
	}
}
