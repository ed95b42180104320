package driver_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/driver"
)

// TestVetUnusedClaims runs the whole module testdata/unusedclaims through
// go vet with boundarylint as its tool, twice (the second run replayed
// from go vet's cache): every env pattern, config key, field, table and
// context key claim that no package uses is a finding at its place in the
// spec, once; a claim only a test file uses is used; a run over part of
// the module reports none.
func TestVetUnusedClaims(t *testing.T) {
	if testing.Short() {
		t.Skip("builds boundarylint and runs go vet")
	}
	cfg := vetConfig(t, "unusedclaims")
	specPath := cfg.SpecPath
	want := []string{
		"boundaries.yaml:10:25 config/unused-claim payments env LEGACY_PAYMENTS_*",
		"boundaries.yaml:11:28 config/unused-claim payments config billing.*",
		"boundaries.yaml:11:39 config/unused-claim payments config service.*",
		"boundaries.yaml:12:40 config/unused-claim payments field config.Config.Legacy",
		"boundaries.yaml:13:26 tx/unused-claim payments table ledger",
		"boundaries.yaml:13:34 tx/unused-claim payments table audit*",
		"boundaries.yaml:14:34 ctxstate/unused-claim payments context-key ctxkeys.Gone",
	}
	// A claim the code reads only through names shared declarations take
	// is unused for that reason, and the message says so; one nothing
	// reads keeps the plain message.
	wantMessages := map[string]string{
		"billing.*": "component payments claims config key billing.*, which no code of the module reads or writes; fix the claim, declare what reads it, or remove it",
		"service.*": "component payments claims config key service.*, which decides no owner: every config key that code reads or writes and it would own is shared by " +
			"config.shared.config service.timezone (boundaries.yaml:25), and a shared declaration beats every claim; remove the claim, or take the names it should own out of the shared list",
		"audit*": "component payments claims table audit*, which decides no owner: every table that code queries and it would own is shared by " +
			"data.shared_tables audit_* (boundaries.yaml:27), and a shared declaration beats every claim; narrow the shared pattern (list the shared names explicitly) or remove the claim",
	}
	for _, run := range []string{"first run", "cached re-run"} {
		res, err := driver.Vet(cfg)
		if err != nil {
			t.Fatalf("%s: %v", run, err)
		}
		var got []string
		for _, f := range res.Findings {
			if strings.HasSuffix(f.Rule, "/unused-claim") {
				got = append(got, fmt.Sprintf("%s:%d:%d %s %s %s", f.Pos.RelFile, f.Pos.Line, f.Pos.Column, f.Rule, f.FromComponent, f.Subject))
				if want, ok := wantMessages[f.Subject.Name]; ok && f.Message != want {
					t.Errorf("%s: %s:\n%s\nwant\n%s", run, f.Subject.Name, f.Message, want)
				}
				if f.Pos.File != specPath {
					t.Errorf("%s: %s is at %s, not in the spec %s", run, f.Subject, f.Pos.File, specPath)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: unused claims\n%s\nwant\n%s", run, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	cfg.Patterns = []string{"./payments/..."}
	res, err := driver.Vet(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if strings.HasSuffix(f.Rule, "/unused-claim") {
			t.Errorf("a run over part of the module reports an unused claim: %s", f.Message)
		}
	}
}
