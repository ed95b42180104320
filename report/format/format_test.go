package format

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/internal/golden"
)

// report is a run on a module at /m, from /m: three reported findings (one
// with a message that needs escaping in workflow commands, one in a test
// file), a baselined one, a stale baseline entry, and three unread statements in two packages
// (one in a file that cannot be read: its SARIF location has no column).
func report() Report {
	return Report{
		Dir:      "/m",
		Root:     "/m",
		Baseline: "/m/boundaries.baseline.json",
		Findings: []finding.Finding{
			{Rule: finding.ImportsPrivate, Analyzer: "imports", Pos: finding.Position{File: "/m/internal/orders/service/service.go", Line: 12, Column: 2, RelFile: "internal/orders/service/service.go"},
				FromPackage: "example.com/m/internal/orders/service", FromComponent: "orders", ToComponent: "payments", ToPackage: "example.com/m/internal/payments/ledger",
				Subject: finding.Subject{Kind: finding.SubjectImport, Name: "example.com/m/internal/payments/ledger"}, SpecPos: "boundaries.yaml:37:5",
				Message: "internal/orders/service imports internal/payments/ledger, which is private to component payments (boundaries.yaml:37); import internal/payments/api instead"},
			{Rule: finding.ConfigEnv, Analyzer: "config", Pos: finding.Position{File: "/m/internal/orders/checkout/fees.go", Line: 13, Column: 19},
				FromPackage: "example.com/m/internal/orders/checkout", FromComponent: "orders", ToComponent: "payments",
				Subject: finding.Subject{Kind: finding.SubjectEnv, Name: "STRIPE_SECRET_KEY"},
				Message: "orders reads env STRIPE_SECRET_KEY, owned by component payments: 100%, a, b\nsecond line", Baselined: true},
			{Rule: finding.ImportsCycle, Analyzer: "imports", Pos: finding.Position{File: "/elsewhere/x.go", Line: 9, Column: 2},
				FromPackage: "example.com/m/internal/orders/service", Subject: finding.Subject{Kind: finding.SubjectCycle, Name: "inventory -> orders -> inventory"},
				Chain: []string{"example.com/m/internal/inventory/stock", "example.com/m/internal/orders/model"}, Message: "component cycle inventory -> orders -> inventory, with: a colon"},
			{Rule: finding.ConfigEnv, Analyzer: "config", Pos: finding.Position{File: "/m/internal/orders/service/service_test.go", Line: 8, Column: 12, RelFile: "internal/orders/service/service_test.go"},
				FromPackage: "example.com/m/internal/orders/service", FromComponent: "orders", ToComponent: "payments",
				Subject: finding.Subject{Kind: finding.SubjectEnv, Name: "STRIPE_SECRET_KEY"},
				Message: "orders reads env STRIPE_SECRET_KEY, owned by component payments", Test: true},
		},
		Stale: []baseline.Stale{{Entry: baseline.Entry{Key: finding.Key{Rule: finding.ConfigEnv, FromPackage: "example.com/m/internal/orders/service_test", ToComponent: "payments", SubjectKind: finding.SubjectEnv, Subject: "PAYMENTS_MODE"}, Count: 1}, Found: 0}},
		Unread: []finding.UnreadCount{
			{Kind: finding.TxUnread, Package: "example.com/m/internal/orders/service", At: []finding.Position{
				{File: "/m/internal/orders/service/query.go", Line: 4, Column: 24, RelFile: "internal/orders/service/query.go"},
				{File: "/m/internal/orders/service/query.go", Line: 5, Column: 24, RelFile: "internal/orders/service/query.go"}},
				Reasons: []string{"built at run time", "table from a variable"}},
			{Kind: finding.TxUnread, Package: "example.com/m/internal/payments/store", At: []finding.Position{
				{File: "/m/internal/payments/store/store.go", Line: 9, Column: 18, RelFile: "internal/payments/store/store.go"}},
				Reasons: []string{"built at run time"}},
		},
		ReadFile: readSource,
	}
}

// sources hold the lines report()'s findings are on, for SARIF's columns.
var sources = map[string]string{
	"/m/internal/orders/service/service.go":      strings.Repeat("\n", 11) + "\t\"example.com/m/internal/payments/ledger\"\n",
	"/elsewhere/x.go":                            strings.Repeat("\n", 8) + "\t\"example.com/m/internal/orders/model\"\n",
	"/m/internal/orders/service/service_test.go": strings.Repeat("\n", 7) + "\tif os.Getenv(\"STRIPE_SECRET_KEY\") == \"\" {\n",
	"/m/internal/orders/service/query.go":        "\n\n\n\tdb.ExecContext(ctx, \"DELETE FROM \"+table)\n\tdb.ExecContext(ctx, \"DELETE FROM \"+table)\n",
}

func readSource(name string) ([]byte, error) {
	if s, ok := sources[name]; ok {
		return []byte(s), nil
	}
	return nil, fs.ErrNotExist
}

// TestFormats pins every format in a golden file (go test -update
// rewrites them); testdata/sarif validates the SARIF one against the
// published SARIF 2.1.0 schema.
func TestFormats(t *testing.T) {
	for _, name := range Names {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, name, report()); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "findings."+map[string]string{"text": "txt", "json": "json", "sarif": "sarif", "github": "github.txt"}[name]), buf.String())
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", report()); err == nil {
		t.Error("format xml: want an error")
	}
}

// TestSARIFColumnsCountUTF16: SARIF's columnKind is utf16CodeUnits, so a
// finding after non-ASCII text on its line (ë: 2 bytes, 1 unit; 🙂: 4
// bytes, 2 units) has a smaller column than its byte column; a finding
// whose line cannot be read has none rather than a wrong one.
func TestSARIFColumnsCountUTF16(t *testing.T) {
	dir := t.TempDir()
	line := "\tname, key := \"Zoë 🙂\", os.Getenv(\"STRIPE_SECRET_KEY\")"
	file := filepath.Join(dir, "fees.go")
	if err := os.WriteFile(file, []byte("package checkout\n\nfunc f() {\n"+line+"\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	byteCol := strings.Index(line, "os.Getenv") + 1
	at := func(file string, line, col int) finding.Finding {
		return finding.Finding{Rule: finding.ConfigEnv, Analyzer: "config", Pos: finding.Position{File: file, Line: line, Column: col}, Message: "m"}
	}
	r := Report{Dir: dir, Root: dir, Findings: []finding.Finding{
		at(file, 4, byteCol),
		at(file, 4, 1),
		at(file, 4, len(line)+2),                      // past the end of the line: the file changed
		at(filepath.Join(dir, "gone.go"), 4, byteCol), // unreadable
		at("fees.go", 4, byteCol),                     // relative to Dir
	}}
	var buf bytes.Buffer
	if err := SARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			ColumnKind string
			Results    []struct {
				Locations []struct {
					PhysicalLocation struct {
						Region struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Runs[0].ColumnKind != "utf16CodeUnits" {
		t.Fatalf("columnKind %q", log.Runs[0].ColumnKind)
	}
	var got []int
	for _, res := range log.Runs[0].Results {
		got = append(got, res.Locations[0].PhysicalLocation.Region.StartColumn)
	}
	want := []int{byteCol - 3, 1, 0, 0, byteCol - 3}
	if !slices.Equal(got, want) {
		t.Errorf("startColumn = %v, want %v (byte column %d)", got, want, byteCol)
	}
}

// TestRulesPage keeps docs/rules.md equal to the registry it is generated
// from (go test -update rewrites it).
func TestRulesPage(t *testing.T) {
	var b strings.Builder
	if err := RulesPage(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("..", "..", "docs", "rules.md"), b.String())
	for _, r := range finding.Rules() {
		if !strings.Contains(b.String(), "\n### "+r.ID+"\n") {
			t.Errorf("docs/rules.md has no section for %s", r.ID)
		}
	}
}

// TestRepoPathOutsideModule: GitHub annotations and SARIF locate a file
// outside the module but in the repository (a spec in a parent directory
// or in another module of a monorepo, and its baseline) from the
// repository's top level, and one outside the repository by its absolute
// path.
func TestRepoPathOutsideModule(t *testing.T) {
	r := Report{Dir: "/r/svc", Root: "/r/svc", RootInRepo: "svc", Baseline: "/r/x/boundaries.baseline.json",
		Findings: []finding.Finding{
			{Rule: finding.ConfigUnusedClaim, Pos: finding.Position{File: "/r/x/boundaries.yaml", Line: 10, Column: 13}, Message: "claim"},
			{Rule: finding.ImportsCycle, Pos: finding.Position{File: "/elsewhere/x.go", Line: 9, Column: 2}, Message: "cycle"},
		},
		Stale:    []baseline.Stale{{Entry: baseline.Entry{Key: finding.Key{Rule: finding.ConfigEnv, FromPackage: "example.com/svc/a", SubjectKind: finding.SubjectEnv, Subject: "X"}, Count: 1}}},
		ReadFile: readSource,
	}
	var gh, sarif bytes.Buffer
	if err := GitHub(&gh, r); err != nil {
		t.Fatal(err)
	}
	if err := SARIF(&sarif, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"file=x/boundaries.yaml,", "file=/elsewhere/x.go,", "file=x/boundaries.baseline.json,"} {
		if !strings.Contains(gh.String(), want) {
			t.Errorf("-format github: no %q in\n%s", want, gh.String())
		}
	}
	for _, want := range []string{`"uri": "x/boundaries.yaml",`, `"uri": "file:///elsewhere/x.go"`, `"uri": "x/boundaries.baseline.json",`} {
		if !strings.Contains(sarif.String(), want) {
			t.Errorf("-format sarif: no %s", want)
		}
	}
}
