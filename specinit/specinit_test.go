package specinit

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
	goldenfile "github.com/boundarylint/boundarylint/internal/golden"
	"github.com/boundarylint/boundarylint/modspec"
)

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", "golden", name), got)
}

// render renders d and checks that the result loads as a spec of the
// module at root and that every one of its patterns matches a package.
func render(t *testing.T, root string, d *Draft) (string, *boundary.Spec) {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, d); err != nil {
		t.Fatal(err)
	}
	spec, err := boundary.Parse(boundary.FileName, b.Bytes(), d.Module)
	if err != nil {
		t.Fatalf("the proposed spec does not load: %v\n%s", err, b.String())
	}
	pkgs, err := modspec.ModulePackages(root)
	if err != nil {
		t.Fatal(err)
	}
	if errs := spec.Unmatched(pkgs); len(errs) > 0 {
		t.Errorf("the proposed spec does not pass check: %v\n%s", errs, b.String())
	}
	return b.String(), spec
}

// assertGreen checks that the spec allows every import the module's
// packages make, in any file, but those of the draft's debt, claims every
// package, and sees no component cycle in them that no debt edge closes.
func assertGreen(t *testing.T, root string, d *Draft, spec *boundary.Spec) {
	t.Helper()
	pkgs, err := modspec.ModulePackages(root)
	if err != nil {
		t.Fatal(err)
	}
	imports := map[string][]string{}
	for _, p := range pkgs {
		from := spec.Module
		if p != "." {
			from += "/" + p
		}
		if spec.ComponentOf(from) == nil {
			t.Errorf("no component claims %s", p)
		}
		code, err := readPackage(filepath.Join(root, p))
		if err != nil {
			t.Fatal(err)
		}
		imports[from] = code.imports
		for _, imp := range code.imports {
			if v := spec.CheckImport(from, imp); v.Rule != boundary.Allowed && !inDebt(d, spec, from, imp) {
				t.Errorf("%s imports %s: %s (%s)", from, imp, v.Rule, v.Pos)
			}
		}
	}
	for _, c := range spec.ImportCycles(imports) {
		if !slices.ContainsFunc(c.Edges, func(e boundary.ComponentEdge) bool { return inDebt(d, spec, e.Witness.From, e.Witness.To) }) {
			t.Errorf("component cycle at %s imports %s, with no debt edge", c.At.From, c.At.To)
		}
	}
}

// inDebt reports whether the import from -> to makes an edge the draft
// records as debt.
func inDebt(d *Draft, spec *boundary.Spec, from, to string) bool {
	a, b := spec.ComponentOf(from), spec.ComponentOf(to)
	return a != nil && b != nil && slices.ContainsFunc(d.Debt, func(x *Debt) bool { return x.From == a.Name && x.To == b.Name })
}

func TestProposeExample(t *testing.T) {
	root := filepath.Join("..", "testdata", "monolith")
	d, err := Propose(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, spec := render(t, root, d)
	golden(t, "monolith.yaml", got)
	assertGreen(t, root, d, spec)
}

// TestProposeLayout runs Propose on a module with every layout case: the
// default roots and a top-level directory outside them, two components
// of the same name, a directory name that is no component name, a two-way
// dependency closed only by a test (a mutual pair), a one-way cycle of
// three (three components, one import left out as debt at its file:line),
// an import only a tagged file makes, a nested
// module, a testdata directory, and cmd packages as composition roots.
func TestProposeLayout(t *testing.T) {
	root := filepath.Join("testdata", "layout")
	d, err := Propose(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, spec := render(t, root, d)
	golden(t, "layout.yaml", got)
	assertGreen(t, root, d, spec)
	audit, ledger := spec.Component("audit"), spec.Component("ledger")
	if audit == nil || ledger == nil || !spec.IsMutual(audit, ledger) || len(spec.Mutual) != 1 {
		t.Errorf("audit and ledger, which import each other, are not the one mutual pair: %v", spec.Mutual)
	}
	for _, name := range []string{"notify", "route", "store"} {
		if c := spec.ComponentOf("example.com/gen/internal/" + name); c == nil || c.Name != name {
			t.Errorf("internal/%s belongs to %v, want its own component %s: a loop merges nothing", name, c, name)
		}
	}
	if len(d.Debt) != 1 || len(d.Debt[0].Sites) != 1 || !strings.HasPrefix(d.Debt[0].Sites[0], "internal/") || !strings.Contains(d.Debt[0].Sites[0], ".go:") {
		t.Errorf("the loop notify -> route -> store -> notify is not broken by one import at its file:line: %+v", d.Debt)
	}
	for name, root := range map[string]bool{"api": true, "worker": true, "gen": true} {
		if c := spec.Component(name); c == nil || c.CompositionRoot != root {
			t.Errorf("component %s: composition root %v, want %v", name, c != nil && c.CompositionRoot, root)
		}
	}
}

// TestFromArchLint translates a go-arch-lint configuration with every
// construct of the format: the result loads, passes check, gives each
// package to the component go-arch-lint checks it as, and says for each
// construct that does not map what it did instead.
func TestFromArchLint(t *testing.T) {
	root := filepath.Join("testdata", "archlint")
	d, err := FromArchLint(root, filepath.Join(root, ".go-arch-lint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	got, spec := render(t, root, d)
	golden(t, "archlint.yaml", got)

	owners := map[string]string{
		"internal/models/user":             "user_model", // nested under common models: the fewer-package glob holds it
		"internal/models":                  "models",
		"internal/legacy/a":                "legacy-a",
		"internal/legacy":                  "legacy",
		"internal/domain/users/repository": "repository",
		"internal/handlers/books":          "handler",
		"internal/services/books/cache":    "service",
		"internal/container":               "container",
		"internal/generated":               "", // excluded
		"tools/tool":                       "", // outside workdir
	}
	for pkg, want := range owners {
		c := spec.ComponentOf("example.com/arch/" + pkg)
		if got := ""; c != nil && c.Name != want || c == nil && want != "" {
			if c != nil {
				got = c.Name
			}
			t.Errorf("%s belongs to %q, want %q", pkg, got, want)
		}
	}
	if c := spec.Component("user_model"); c == nil || !c.Shared {
		t.Errorf("user_model, nested under common models, is not shared")
	}
	if r, s := spec.Component("repository"), spec.Component("service"); r == nil || s == nil || !spec.IsMutual(r, s) || !r.DependsOnComponent("service") || !s.DependsOnComponent("repository") {
		t.Errorf("repository and service, which mayDependOn each other, are not a mutual pair that keeps both edges: %v", spec.Mutual)
	}
	if c := spec.Component("service"); c == nil || !c.DependsOnComponent("legacy-a") {
		t.Errorf("service may depend on legacy, which matches legacy/a, but not on legacy-a, which holds it")
	}
	for _, want := range []string{
		`component "user.model" is named user_model`,
		"user_model holds internal/models/user, which common component models matches too",
		"service may depend on legacy, which matches internal/legacy/a",
		"repository in: domain/*/repository has a wildcard",
		"handler in: handlers/* takes one level",
		"closes a cycle of mayDependOn",
		"container has anyProjectDeps",
		"component ghost matches no package (ignoreNotFoundComponents: true)",
		`excludeFiles "^.*_mock\\.go$"`,
		"exclude generated",
		"workdir internal",
		"vendor aws in: github.com/aws/*/service/s3 has a wildcard",
		"depOnAnyVendor: false",
		"deepScan",
	} {
		if !containsNote(d.Notes, want) {
			t.Errorf("no note says %q; notes:\n%s", want, strings.Join(d.Notes, "\n"))
		}
	}
	if r := spec.Reservation("github.com/acme/unused"); r == nil || len(r.To) != 1 || r.To[0].Name != "container" {
		t.Errorf("vendor unused, in no canUse, is not reserved to container, which has anyVendorDeps")
	}
	if spec.Tests.For("imports") != boundary.TestsExempt || spec.Tests.For("config") != boundary.TestsEnforce {
		t.Errorf("tests: %s, want imports exempt (only) from excludeFiles ^.*_test\\.go$", spec.Tests)
	}
}

func containsNote(notes []string, s string) bool {
	return slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, s) })
}

// TestFromDepguard translates depguard rules on top of the proposal from
// the code: a package denied outside some files is reserved to the
// components those files hold, a module package denied to a component drops
// that edge, and what cannot be said is a note.
func TestFromDepguard(t *testing.T) {
	root := filepath.Join("testdata", "layout")
	d, err := FromDepguard(root, filepath.Join(root, ".golangci.yml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, spec := render(t, root, d)
	golden(t, "depguard.yaml", got)

	if r := spec.Reservation("github.com/sirupsen/logrus/hooks"); r == nil || len(r.To) != 1 || r.To[0].Name != "log" {
		t.Errorf("logrus, denied everywhere but pkg/log, is not reserved to log")
	}
	if c := spec.Component("internal-orders"); c == nil || c.DependsOnComponent("users") {
		t.Errorf("internal-orders still depends on users, which the rule handlers denies it")
	}
	if c := spec.Component("ledger"); c == nil || c.DependsOnComponent("audit") || len(spec.Mutual) != 0 {
		t.Errorf("ledger still depends on audit, or the pair is still mutual, though the rule ledger denies it: %v", spec.Mutual)
	}
	for _, want := range []string{
		"rule everywhere denies github.com/pkg/errors to every component",
		"rule everywhere denies the standard library",
		"rule handlers denies example.com/gen/internal/billing/core",
		"rule handlers denies example.com/gen/internal/users to internal-orders, which imports it today",
		"rule ledger denies example.com/gen/internal/audit to ledger, which imports it today",
		"rule strict allow-lists imports",
		"rule strict leaves test files out",
	} {
		if !containsNote(d.Notes, want) {
			t.Errorf("no note says %q; notes:\n%s", want, strings.Join(d.Notes, "\n"))
		}
	}
}

// TestProposeRootsAndDepth: -roots chooses the directories whose children
// become components, -depth cuts deeper; a package above the cut is a
// component of its own, exactly.
func TestProposeRootsAndDepth(t *testing.T) {
	root := filepath.Join("testdata", "layout")
	d, err := Propose(root, Options{Roots: []string{"internal"}, Depth: 2})
	if err != nil {
		t.Fatal(err)
	}
	_, spec := render(t, root, d)
	assertGreen(t, root, d, spec)
	for pkg, want := range map[string]string{
		"internal/billing/core": "billing-core", // two levels below internal
		"internal/orders":       "orders",       // above the cut: exactly itself
		"cmd/api":               "cmd",          // cmd is no root now: a top-level component
		"pkg/orders":            "pkg",
	} {
		if c := spec.ComponentOf("example.com/gen/" + pkg); c == nil || c.Name != want {
			t.Errorf("%s belongs to %v, want %s", pkg, c, want)
		}
	}
	if got := d.component("orders").Packages; len(got) != 1 || got[0] != "internal/orders" {
		t.Errorf("orders, above the cut, has packages %v, want [internal/orders]", got)
	}
}

// TestTranslateBadConfig: an empty or malformed -from file says so, at
// FILE:LINE when YAML gives a line, for both kinds of configuration.
func TestTranslateBadConfig(t *testing.T) {
	root := filepath.Join("testdata", "layout")
	dir := t.TempDir()
	for _, c := range []struct{ name, data, want string }{
		{".golangci.yml", "", ".golangci.yml: empty: no configuration to translate"},
		{".go-arch-lint.yml", "# nothing yet\n", ".go-arch-lint.yml: empty: no configuration to translate"},
		{".golangci.yml", "linters:\n  settings:\n    depguard: [\n", ".golangci.yml:3: did not find expected node content"},
		{".go-arch-lint.yml", "version: 3\ncomponents: [a\n", ".go-arch-lint.yml:1: did not find expected ',' or ']'"},
		{".go-arch-lint.yml", "version: three\n", ".go-arch-lint.yml:1: cannot unmarshal"},
	} {
		file := filepath.Join(dir, c.name)
		if err := os.WriteFile(file, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Translate(root, file, Options{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %q: got %v, want %q", c.name, c.data, err, c.want)
		}
	}
}

// TestProposeQuarterAndRoots: a directory that would hold more than a
// quarter of the module's packages (internal/modules, 10 of 13) is split one
// level deeper; a package nothing imports that imports many components
// and that only the root main imports (internal/cli) joins the root main,
// which is named after the module, not after its major version suffix.
func TestProposeQuarterAndRoots(t *testing.T) {
	root := filepath.Join("testdata", "blob")
	d, err := Propose(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, spec := render(t, root, d)
	golden(t, "blob.yaml", got)
	assertGreen(t, root, d, spec)
	pkgs, err := modspec.ModulePackages(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range spec.Components {
		n := 0
		for _, p := range pkgs {
			if spec.ComponentOf(path.Join(spec.Module, p)) == c {
				n++
			}
		}
		if n*4 > len(pkgs) {
			t.Errorf("component %s holds %d of %d packages, more than a quarter", c.Name, n, len(pkgs))
		}
	}
	if c := spec.ComponentOf("example.com/tool/v2/internal/modules/m3"); c == nil || c.Name != "modules-m3" {
		t.Errorf("internal/modules/m3 belongs to %v, want modules-m3", c)
	}
	if c := spec.ComponentOf("example.com/tool/v2/internal/cli"); c == nil || c.Name != "tool" {
		t.Errorf("internal/cli, wiring code only the root main imports, belongs to %v, want the root tool", c)
	}
	for name, want := range map[string]bool{"tool": true, "modules-m1": false, "util": false} {
		if c := spec.Component(name); c == nil || c.CompositionRoot != want {
			t.Errorf("component %s: composition root %v, want %v", name, c != nil && c.CompositionRoot, want)
		}
	}
	if spec.Component("v2") != nil {
		t.Errorf("the root main is named after the version suffix v2")
	}
}
