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
		"boundaries.yaml:8:25 config/unused-claim payments env LEGACY_PAYMENTS_*",
		"boundaries.yaml:9:28 config/unused-claim payments config billing.*",
		"boundaries.yaml:10:40 config/unused-claim payments field config.Config.Legacy",
		"boundaries.yaml:11:26 tx/unused-claim payments table ledger",
		"boundaries.yaml:12:34 ctxstate/unused-claim payments context-key ctxkeys.Gone",
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
