package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/finding"
)

// TestFindings runs both modes on the example and compares their findings
// with one golden file: the two modes must agree line for line.
func TestFindings(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)

	alone := standalone(t, dir, "./...")
	expectCode(t, "boundarylint ./...", alone, 3)
	golden(t, "findings.txt", findings(alone.stderr, dir))

	vetted := vet(t, dir, "./...")
	expectCode(t, "go vet -vettool", vetted, 1)
	samePerPackage(t, "findings.txt", findings(vetted.stderr, dir))
}

// TestFactsOfDependencyUnits: go vet on one package runs the module's
// packages it imports only for their facts, units that bind the analyzers
// to the spec they load once. The package's findings, which follow its
// calls into payments (a transaction, remote calls, config reads), must be
// those the whole run reports for its files.
func TestFactsOfDependencyUnits(t *testing.T) {
	t.Parallel()
	dir := monolith(t) // a fresh copy: go vet must not serve the result cached by another test
	const pkg = "internal/orders/service/"
	r := vet(t, dir, "./"+pkg)
	expectCode(t, "go vet ./"+pkg, r, 1)
	whole, err := os.ReadFile(goldenPath("findings.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for line := range strings.Lines(string(whole)) {
		if strings.HasPrefix(line, pkg) {
			want = append(want, line)
		}
	}
	if got := findings(r.stderr, dir); got != strings.Join(want, "") {
		t.Errorf("go vet ./%s reported\n%s\nwant the whole run's findings in its files\n%s", pkg, got, strings.Join(want, ""))
	}
}

// TestJSON checks both JSON outputs: go vet's -json keeps go vet's JSON
// tree (exit status 0), and the standalone -json (-format json) prints the
// structured findings, each once although go vet analyses a package and
// its test variant apart, and exits 3 on findings. The standalone run
// gives no packages: the default is ./...
func TestJSON(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)

	vetted := vet(t, dir, "-json", "./...")
	expectCode(t, "go vet -json", vetted, 0)
	lines, err := jsonFindings(vetted.stdout)
	if err != nil {
		t.Fatalf("go vet -json: %v\n%s", err, vetted.stdout)
	}
	samePerPackage(t, "findings.txt", findings(lines, dir))

	alone := standalone(t, dir, "-json")
	expectCode(t, "boundarylint -json", alone, 3)
	var report struct {
		Findings []finding.Finding
	}
	if err := json.Unmarshal([]byte(alone.stdout), &report); err != nil {
		t.Fatalf("boundarylint -json: %v\n%s", err, alone.stdout)
	}
	var b strings.Builder
	for _, f := range report.Findings { // no deduplication here: each must be there once
		fmt.Fprintf(&b, "%s: %s\n", f.Pos, f.Message)
	}
	sameAsGolden(t, "findings.txt", findings(b.String(), dir))
}

// jsonFindings decodes a stream of go vet JSON trees (package -> analyzer
// -> diagnostics) into file:line:col: message lines, each finding once:
// go vet prints a dependency's findings again with each package that
// imports it.
func jsonFindings(out string) (string, error) {
	type diagnostic struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	seen := map[string]bool{}
	var b strings.Builder
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var tree map[string]map[string]json.RawMessage
		err := dec.Decode(&tree)
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		} else if err != nil {
			return "", err
		}
		for _, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var diags []diagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					return "", errors.New(analyzer + " failed: " + string(raw))
				}
				for _, d := range diags {
					line := d.Posn + ": " + d.Message + "\n"
					if !seen[line] {
						seen[line] = true
						b.WriteString(line)
					}
				}
			}
		}
	}
}

// TestSpecEditInvalidatesVetCache covers the first go vet pitfall: go vet
// caches the results of packages it vetted cleanly without looking at
// boundaries.yaml, so the tool's -V=full answer must change with the spec.
// The edit makes a clean package, the composition root, violate the spec.
func TestSpecEditInvalidatesVetCache(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	const forbidden = "cmd/server imports internal/inventory/stock, which belongs to component inventory that server may not depend on"

	before := vet(t, dir, "./...")
	again := vet(t, dir, "./...") // cmd/server's clean result now comes from go vet's cache
	if strings.Contains(before.stderr, "cmd/server") || findings(again.stderr, dir) != findings(before.stderr, dir) {
		t.Fatalf("want the same findings, none in cmd/server, in both runs\nfirst:\n%s\nsecond:\n%s", before.stderr, again.stderr)
	}
	editSpec(t, dir, "depends_on: [payments, orders, inventory, users, platform]", "depends_on: [payments, orders, users, platform]")
	after := vet(t, dir, "./...")
	expectCode(t, "go vet after the edit", after, 1)
	if got := findings(after.stderr, dir); !strings.Contains(got, forbidden) {
		t.Errorf("go vet served a stale result for cmd/server after the spec edit; want %q in\n%s", forbidden, got)
	}
}

// TestBrokenSpecFailsEveryRun covers the second go vet pitfall: an analysis
// error shows once and then hides behind the cache, so a broken spec must
// fail every run, in both modes, and every command that checks the spec
// while go vet runs (cut, doc, drift, baseline) fails with the same
// message and writes nothing.
func TestBrokenSpecFailsEveryRun(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, old, new, want string }{
		{"unknown component", "depends_on: [platform]\n    # isolated", "depends_on: [platfrom]\n    # isolated",
			`boundaries.yaml:%d:18: depends_on of payments names component "platfrom", which is not declared; did you mean "platform"?`},
		{"pattern matching nothing", "packages: [internal/users/...]", "packages: [internal/user/...]",
			"boundaries.yaml:%d:16: package pattern internal/user/... of component users matches no package of module example.com/monolith"},
		{"module key of another module", "version: 1\n", "version: 1\nmodule: example.com/monolit\n",
			"boundaries.yaml:%d:9: module example.com/monolit is not the module being checked (its go.mod says module example.com/monolith)"},
		{"field claim naming no field", "config.Config.Payments]", "config.Config.Paymnts]",
			"boundaries.yaml:%d:16: field claim internal/platform/config.Config.Paymnts of component payments names no field Paymnts of Config"},
		{"accessor key out of range", "config.String, key: 0", "config.String, key: 2",
			"boundaries.yaml:%d:7: config accessor example.com/monolith/internal/platform/config.String has no argument 2"},
		{"claim no name can match", "env: [PAYMENTS_*, STRIPE_*]", "env: [\"PAYMENTS_*, STRIPE_*\"]",
			"boundaries.yaml:%d:13: component payments owns env: \"PAYMENTS_*, STRIPE_*\" holds ','"},
		{"owned claim inside a shared one", "env: [ORDERS_*]", "env: [ORDERS_*, DATABASE_URL]",
			"boundaries.yaml:%d:23: env DATABASE_URL of component orders can never own a variable: config.shared.env DATABASE_URL (line 109) matches every variable it matches, " +
				"and a shared declaration beats every claim; a variable is either shared or owned: remove DATABASE_URL from config.shared.env, or remove the claim"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := monolith(t)
			expectCode(t, "go vet with a valid spec", vet(t, dir, "./..."), 1) // fills the cache
			line := editSpec(t, dir, tc.old, tc.new)
			if strings.HasPrefix(tc.new, "version: 1\n") {
				line++ // the edit adds the line after the one it starts on
			}
			want := fmt.Sprintf(tc.want, line)
			doc := filepath.Join(dir, "docs", "ARCHITECTURE-PAYMENTS.md")
			before, err := os.ReadFile(doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range []result{vet(t, dir, "./..."), vet(t, dir, "./..."), standalone(t, dir, "./..."),
				standalone(t, dir, "check"), standalone(t, dir, "imports", "./..."),
				standalone(t, dir, "cut", "payments"), standalone(t, dir, "doc", "docs/ARCHITECTURE-PAYMENTS.md"),
				standalone(t, dir, "drift", "-write", "snapshot.json"), standalone(t, dir, "baseline")} {
				if r.code != 1 || !strings.Contains(r.stderr, want) {
					t.Errorf("%s: exit status %d, want 1 with %q\nstderr:\n%s", strings.Join(r.args, " "), r.code, want, r.stderr)
				}
			}
			if after, err := os.ReadFile(doc); err != nil || !bytes.Equal(after, before) {
				t.Errorf("doc changed the document of a broken spec (%v)", err)
			}
			for _, f := range []string{"snapshot.json", "boundaries.baseline.json"} {
				if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
					t.Errorf("a command wrote %s for a broken spec", f)
				}
			}
		})
	}
}

// editSpec replaces the first old in dir's boundaries.yaml with new and
// returns the line new starts on, for the messages that cite it.
func editSpec(t *testing.T, dir, old, new string) int {
	t.Helper()
	return edit(t, filepath.Join(dir, "boundaries.yaml"), old, new)
}

// TestVersion checks the -V=full answer go vet keys its cache on.
func TestVersion(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	format := regexp.MustCompile(`^boundarylint version devel comments-go-here buildID=[0-9a-f]{64}\n$`)
	first := standalone(t, dir, "-V=full")
	if first.code != 0 || !format.MatchString(first.stdout) {
		t.Fatalf("-V=full: exit %d, output %q", first.code, first.stdout)
	}
	if again := standalone(t, filepath.Join(dir, "internal", "orders"), "-V=full"); again.stdout != first.stdout {
		t.Errorf("-V=full from a subdirectory of the module = %q, want %q", again.stdout, first.stdout)
	}
	editSpec(t, dir, "unassigned: warn", "unassigned: deny")
	if edited := standalone(t, dir, "-V=full"); edited.stdout == first.stdout {
		t.Errorf("-V=full did not change when the spec changed: %q", edited.stdout)
	}
}

// TestSpecFlag checks -spec and $BOUNDARYLINT_SPEC in both modes, with the
// spec away from its default place: go vet must accept -spec (the tool's
// -flags answer lists it), and relative paths resolve against the module
// root although go vet runs the tool in each package's directory.
func TestSpecFlag(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	if err := os.MkdirAll(filepath.Join(dir, "arch"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, "boundaries.yaml"), filepath.Join(dir, "arch", "spec.yaml")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		r    result
	}{
		{"boundarylint -spec", standalone(t, dir, "-spec=arch/spec.yaml", "./...")},
		{"go vet -spec", vet(t, dir, "-spec=arch/spec.yaml", "./...")},
		{"go vet with $BOUNDARYLINT_SPEC", run(t, dir, []string{"BOUNDARYLINT_SPEC=arch/spec.yaml"}, "go", "vet", "-vettool="+binary, "./...")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.ReplaceAll(findings(tc.r.stderr, dir), "arch/spec.yaml:", "boundaries.yaml:")
			if strings.HasPrefix(tc.name, "go vet") {
				samePerPackage(t, "findings.txt", got)
			} else {
				sameAsGolden(t, "findings.txt", got)
			}
		})
	}
}

// TestCheck compares the check subcommand's report with its golden file
// and checks that a pattern matching nothing fails it.
func TestCheck(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	r := standalone(t, dir, "check")
	expectCode(t, "boundarylint check", r, 0)
	golden(t, "check.txt", r.stdout)

	line := editSpec(t, dir, "api: [internal/orders/model,", "api: [internal/orders/models,")
	r = standalone(t, dir, "check")
	expectCode(t, "boundarylint check with a typo", r, 1)
	want := fmt.Sprintf("boundaries.yaml:%d:11: api pattern internal/orders/models of component orders matches no package", line)
	if !strings.Contains(r.stderr, want) || !strings.Contains(r.stdout, fmt.Sprintf("patterns that match nothing:\n    internal/orders/models (boundaries.yaml:%d)", line)) {
		t.Errorf("check did not report the unmatched api pattern\nstdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	}
}

// TestEveryWayToPickASpecFailsEveryVetRun covers each way the tool picks a
// spec other than a valid root boundaries.yaml: while the spec is broken,
// unreadable, misnamed or misplaced, every go vet run fails, the second on a
// warm cache, and so do the standalone command, check and imports.
func TestEveryWayToPickASpecFailsEveryVetRun(t *testing.T) {
	t.Parallel()
	broken := func(t *testing.T, dir, name string) {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, "boundaries.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), append(data, "bogus: 1\n"...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, dir string)
		args  []string // the spec flag, if any
		want  string
	}{
		{"-spec", func(t *testing.T, dir string) { broken(t, dir, "arch/spec.yaml") },
			[]string{"-spec=arch/spec.yaml"}, `arch/spec.yaml:%d:1: unknown key "bogus" in the spec`},
		{"-spec escaping the module", func(t *testing.T, dir string) { broken(t, dir, "../outside.yaml") },
			[]string{"-spec=../outside.yaml"}, `unknown key "bogus" in the spec`},
		{"stray spec in a subdirectory", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, "internal", "orders", "boundaries.yaml"), []byte("version: 1\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, nil, "internal/orders/boundaries.yaml"},
		{"dangling symlink", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, "boundaries.yaml")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("gone.yaml", filepath.Join(dir, "boundaries.yaml")); err != nil {
				t.Skip(err)
			}
		}, nil, "boundaries.yaml exists but cannot be read"},
		{"symlink loop", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, "boundaries.yaml")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("boundaries.yaml", filepath.Join(dir, "boundaries.yaml")); err != nil {
				t.Skip(err)
			}
		}, nil, "boundaries.yaml exists but cannot be read"},
		{"boundaries.yml", func(t *testing.T, dir string) {
			if err := os.Rename(filepath.Join(dir, "boundaries.yaml"), filepath.Join(dir, "boundaries.yml")); err != nil {
				t.Fatal(err)
			}
		}, nil, "but there is boundaries.yml; boundarylint reads only boundaries.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := monolith(t)
			tc.setup(t, dir)
			want := tc.want
			if strings.Contains(want, "%d") {
				data, _ := os.ReadFile(filepath.Join(dir, "boundaries.yaml"))
				want = fmt.Sprintf(want, bytes.Count(data, []byte("\n"))+1)
			}
			vetArgs := append(append([]string{}, tc.args...), "./...")
			for _, r := range []result{vet(t, dir, vetArgs...), vet(t, dir, vetArgs...), standalone(t, dir, vetArgs...),
				standalone(t, dir, append([]string{"check"}, tc.args...)...), standalone(t, dir, append([]string{"imports"}, vetArgs...)...)} {
				if r.code != 1 || !strings.Contains(r.stderr, want) {
					t.Errorf("%s: exit status %d, want 1 with %q\nstderr:\n%s", strings.Join(r.args, " "), r.code, want, r.stderr)
				}
			}
		})
	}
}

// TestSpecEditDuringVetRun covers a spec edited while go vet runs: -V=full
// hashed one version, the units would analyse another, and the results
// would be cached under the first version's key. A vettool wrapper edits
// the spec right after answering -V=full; that run must fail rather than
// cache, and a later run with the first version back must not be served
// results computed from the edited one.
func TestSpecEditDuringVetRun(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	spec := filepath.Join(dir, "boundaries.yaml")
	original, err := os.ReadFile(spec)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	edited := filepath.Join(tmp, "edited.yaml")
	old, new := "depends_on: [payments, orders, inventory, users, platform]", "depends_on: [payments, orders, users, platform]"
	if err := os.WriteFile(edited, bytes.Replace(original, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	once := filepath.Join(tmp, "edit-once")
	if err := os.WriteFile(once, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	wrapper := filepath.Join(tmp, "vettool")
	script := fmt.Sprintf("#!/bin/sh\nif [ \"$1\" = -V=full ]; then\n  out=$(%q \"$@\") || exit $?\n  if [ -f %q ]; then rm %q; cp %q %q; fi\n  echo \"$out\"\n  exit 0\nfi\nexec %q \"$@\"\n",
		binary, once, once, edited, spec, binary)
	if err := os.WriteFile(wrapper, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	during := run(t, dir, nil, "go", "vet", "-vettool="+wrapper, "./...")
	if during.code != 1 || !strings.Contains(during.stderr, "changed while go vet was running") {
		t.Errorf("go vet with the spec edited after -V=full: exit %d, want 1 and the edit named\n%s", during.code, during.stderr)
	}
	if err := os.WriteFile(spec, original, 0o644); err != nil {
		t.Fatal(err)
	}
	after := vet(t, dir, "./...")
	expectCode(t, "go vet with the original spec back", after, 1)
	samePerPackage(t, "findings.txt", findings(after.stderr, dir))
}

// TestRelativeEnvSpecWithStdIsCacheIndependent covers a relative
// $BOUNDARYLINT_SPEC with go vet on standard-library packages: it names no
// file relative to their module (GOROOT/src), and each run must say so and
// fail, the second on a warm cache as well as the first, in the package or
// its test variant. (go vet may add
// lines of its own about dependents of the failed package on a cold cache.)
func TestRelativeEnvSpecWithStdIsCacheIndependent(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	env := []string{"BOUNDARYLINT_SPEC=boundaries.yaml"}
	want := filepath.Join("src", "boundaries.yaml") + ": no such file or directory" // GOROOT/src
	for i := range 2 {
		r := run(t, dir, env, "go", "vet", "-vettool="+binary, "errors")
		if r.code != 1 || !strings.Contains(r.stderr, "# errors") || !strings.Contains(r.stderr, want) {
			t.Errorf("run %d: exit %d, want 1 and %q for package errors\n%s", i+1, r.code, want, r.stderr)
		}
	}
}
