package tx_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"

	"github.com/boundarylint/boundarylint/analyzers/tx"
)

// TestFindings covers every finding on database/sql, facts across
// packages included.
func TestFindings(t *testing.T) {
	fixture.Run(t, fixture.Bind(tx.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/platform/...", "example.com/mono/payments/...", "example.com/mono/orders/repo", "example.com/mono/orders/service",
		"example.com/mono/orders/runners", "example.com/mono/orders/crossing", "example.com/mono/orders/sqlcgen",
		"example.com/mono/orders/locals", "example.com/mono/orders/models", "example.com/mono/orders/migrations", "example.com/mono/orders/naming", "example.com/mono/orders/xormrepo", "example.com/mono/orders/gormv1", "example.com/mono/payments/model",
		"example.com/mono/cmd/server")
}

// TestNegatives: own tables inside and outside transactions, shared
// components and tables, SQL never executed or built at run time, a
// transaction that stays in its component, unclaimed code.
func TestNegatives(t *testing.T) {
	fixture.Run(t, fixture.Bind(tx.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")),
		"example.com/mono/orders/negatives", "example.com/mono/legacy")
}

// TestTestPolicy: tests: {tx: exempt} leaves a package's tests unchecked
// and its code checked (negatives_test.go shows the default).
func TestTestPolicy(t *testing.T) {
	spec := fixture.Spec(t, "boundaries.yaml", "example.com/mono")
	spec.Tests.Analyzers = map[string]boundary.TestPolicy{"tx": boundary.TestsExempt}
	fixture.Run(t, fixture.Bind(tx.Analyzer, spec), "example.com/mono/orders/testexempt")
}

// TestMigrations: with -findings, each statement that creates or alters a
// table outside test files is a tx/migration note carrying the table and
// its place, in unclaimed code too; a view, a DML statement and a test's
// schema are none.
func TestMigrations(t *testing.T) {
	got := notes(t, finding.TxMigration, func(text string) (string, bool, error) {
		m, ok, err := finding.DecodeMigration(text)
		return fmt.Sprintf("%s %s %s:%d", m.Table, m.Package, filepath.Base(m.Pos.File), m.Pos.Line), ok, err
	}, "example.com/mono/migrations", "example.com/mono/orders/schema")
	want := []string{
		"order_items example.com/mono/migrations migrations.go:15",
		"orders example.com/mono/migrations migrations.go:15",
		"orders example.com/mono/orders/schema schema.go:10",
		"refunds example.com/mono/migrations migrations.go:14",
	}
	if !slices.Equal(got, want) {
		t.Errorf("migration notes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUnread: with -findings, as drivers run it, each query whose tables
// are unknown is a tx/unread note carrying its place and why, which
// drivers count;
// a constant query and a wrapper's SQL parameter are none, nor is code no
// component claims. Each package also tells which table claims its
// statements use (tx/unused-claim's part in the analyzer), unclaimed code
// too. Without -findings (TestNegatives, the models fixture
// in TestFindings) the same shapes report nothing.
func TestUnread(t *testing.T) {
	got := notes(t, finding.TxUnread, func(text string) (string, bool, error) {
		u, ok, err := finding.DecodeUnread(text)
		return fmt.Sprintf("%s %s:%d:%d %s", u.Package, filepath.Base(u.Pos.File), u.Pos.Line, u.Pos.Column, u.Reason), ok, err
	}, "example.com/mono/orders/unread", "example.com/mono/orders/customnaming", "example.com/mono/unclaimed")
	want := []string{
		"example.com/mono/orders/customnaming customnaming.go:27:10 default table name unresolved",
		"example.com/mono/orders/unread unread.go:19:24 built at run time",
		"example.com/mono/orders/unread unread.go:23:25 built at run time",
		"example.com/mono/orders/unread unread.go:30:24 SQL text from a variable",
		"example.com/mono/orders/unread unread.go:41:18 built at run time",
		"example.com/mono/orders/unread unread.go:47:13 built at run time",
		"example.com/mono/orders/unread unread.go:61:9 model type unknown",
		"example.com/mono/orders/unread unread.go:62:9 TableName not constant",
		"example.com/mono/orders/unread unread.go:63:10 table from a variable",
		"example.com/mono/orders/unread unread.go:64:9 model without a name or TableName",
		"example.com/mono/orders/unread unread.go:72:12 SQL text from a parameter",
	}
	if !slices.Equal(got, want) {
		t.Errorf("unread notes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// notes runs tx with -findings, as drivers do, over patterns and returns
// what describe reads from the note of each diagnostic of category, sorted,
// each once (a package and its test variant report the same notes).
func notes(t *testing.T, category string, describe func(text string) (string, bool, error), patterns ...string) []string {
	t.Helper()
	a := fixture.Bind(tx.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono"))
	if err := a.Flags.Set("findings", "true"); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range fixture.Run(t, a, patterns...) {
		for _, d := range r.Diagnostics {
			if d.Category != category {
				continue
			}
			s, ok, err := describe(d.Related[0].Message)
			if !ok || err != nil {
				t.Fatalf("%s: the note carries no %s: %q (%v)", r.Pass.Fset.Position(d.Pos), category, d.Related[0].Message, err)
			}
			got = append(got, s)
		}
	}
	return slices.Compact(slices.Sorted(slices.Values(got)))
}

// TestIgnores: a used directive is not reported, an unused one is.
func TestIgnores(t *testing.T) {
	a := ignores.New(fixture.Bind(tx.Analyzer, fixture.Spec(t, "boundaries.yaml", "example.com/mono")))
	fixture.Run(t, a, "example.com/mono/orders/suppressed", "example.com/mono/orders/stale")
}

// TestSpecFlag runs the flag-configured Analyzer, as go vet and nogo do.
func TestSpecFlag(t *testing.T) {
	fixture.SpecFlag(t, tx.Analyzer, "boundaries.yaml")
	results := fixture.Run(t, tx.Analyzer, "example.com/mono/orders/repo")
	if len(results) == 0 || len(results[0].Diagnostics) != 1 {
		t.Fatalf("want one diagnostic from the spec named by -spec, got %v", results)
	}
}

// TestMain fails when a rule of tx has no fixture.
func TestMain(m *testing.M) { os.Exit(fixture.CoverRules(m, "tx")) }
