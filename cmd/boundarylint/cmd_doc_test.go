package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/report/rendercheck"
)

const archDoc = "docs/ARCHITECTURE-PAYMENTS.md"

// TestDocExampleIsCurrent: the example's architecture document is its own
// golden file. doc -check passes on it, regenerating it changes nothing,
// and its diagram parses as Mermaid.
func TestDocExampleIsCurrent(t *testing.T) {
	dir := monolith(t)
	r := standalone(t, dir, "doc", "-check", archDoc)
	expectCode(t, "doc -check", r, 0)
	before, _ := os.ReadFile(filepath.Join(dir, archDoc))
	r = standalone(t, dir, "doc", archDoc)
	expectCode(t, "doc", r, 0)
	after, _ := os.ReadFile(filepath.Join(dir, archDoc))
	if *update {
		if err := os.WriteFile(filepath.Join("..", "..", "testdata", "monolith", archDoc), after, 0o644); err != nil {
			t.Fatal(err)
		}
	} else if string(after) != string(before) {
		t.Errorf("doc rewrote %s (go test -update rewrites it)\n--- got\n%s", archDoc, after)
	}
	docShowsFindings(t, string(after))
	charts := regexp.MustCompile("(?s)```mermaid\n(.*?)```").FindAllStringSubmatch(string(after), -1)
	if len(charts) != 1 {
		t.Fatalf("%d mermaid blocks, want 1", len(charts))
	}
	rendercheck.Mermaid(t, charts[0][1])
}

// docShowsFindings fails when a column or list that promises findings of
// the analyzers, or migrations, is empty on the example, which has them:
// orders queries refunds and reads STRIPE_SECRET_KEY, payments.* keys and
// Config.Payments, a transaction in orders crosses into payments, and
// payments and orders migrate their own tables.
func docShowsFindings(t *testing.T, doc string) {
	t.Helper()
	for _, want := range []string{
		"| `refunds` | payments | orders (1) | `internal/payments/store/schema.go` (11, 14) |",
		"| `payments` | payments | — | `internal/payments/store/schema.go` (8) |",
		"| `orders` | orders | — | `internal/orders/service/schema.go` (10) |",
		"| env | `STRIPE_*` | payments | orders (3, 1 in tests) |",
		"| config | `payments.*` | payments | orders (3) |",
		"| field | `internal/platform/config.Config.Payments` | payments | orders (1) |",
		"Transactions that cross components:",
		"orders → payments: internal/orders/service passes transaction tx to (*api.Service).Record",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the example's document lacks %q", want)
		}
	}
}

// TestDocCheckFindsStaleness edits the document three ways at once (one
// run of doc -check: each run is a whole go vet run) and expects each
// edit reported.
func TestDocCheckFindsStaleness(t *testing.T) {
	dir := monolith(t)
	path := filepath.Join(dir, archDoc)
	orig, _ := os.ReadFile(path)
	edited := string(orig)
	var wants []string
	for _, c := range []struct{ old, new, want string }{
		{"| `refunds` | payments |", "| `refundz` | payments |", ":142: the data section is out of date"},
		{"2. **Close the private imports.**", "2. Move `internal/payments/gone` first.", "`internal/payments/gone`: no package of the module has this path any more"},
		{"Rollback:", "Set `LEGACY_SECRET`. Rollback:", "`LEGACY_SECRET`: no component owns this environment variable"},
	} {
		if !strings.Contains(edited, c.old) {
			t.Fatalf("%q not in the document", c.old)
		}
		edited = strings.Replace(edited, c.old, c.new, 1)
		wants = append(wants, c.want)
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	r := standalone(t, dir, "doc", "-check", archDoc)
	expectCode(t, "doc -check", r, 3)
	for _, w := range wants {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr %q, want %q", r.stderr, w)
		}
	}
	if now, _ := os.ReadFile(path); string(now) != edited {
		t.Error("-check wrote the file")
	}
}

// TestDocBadInput: each mistake is an error naming the line, and the file
// is left as it was.
func TestDocBadInput(t *testing.T) {
	dir := monolith(t)
	for _, c := range []struct{ name, doc, want string }{
		{"no markers", "# Plan\n", "no boundarylint sections"},
		{"unbalanced", "<!-- boundarylint:begin data -->\n", `plan.md:1: the "data" section has no end marker`},
		{"unknown component", "<!-- boundarylint:begin api paymnts -->\n<!-- boundarylint:end -->\n", `plan.md:1: api paymnts section: the spec has no component "paymnts"`},
	} {
		path := filepath.Join(dir, "plan.md")
		if err := os.WriteFile(path, []byte(c.doc), 0o644); err != nil {
			t.Fatal(err)
		}
		r := standalone(t, dir, "doc", "plan.md")
		expectCode(t, c.name, r, 1)
		if !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: stderr %q, want %q", c.name, r.stderr, c.want)
		}
		if now, _ := os.ReadFile(path); string(now) != c.doc {
			t.Errorf("%s: the file was changed", c.name)
		}
	}
	r := standalone(t, dir, "doc", "missing.md")
	expectCode(t, "missing file", r, 1)
}

// TestDocAPIFromTheVetRun: the api section comes from the imports
// analyzer's notes in doc's go vet run. A package with tests of its own
// (which go vet analyses only as its test variant) is described without
// what its _test.go files declare; several api packages of a component
// come in module-package order; an api package whose every file is
// behind a build constraint (vikunja's examples/plugins/example) has no
// go vet unit and is left out, no error. A type error in an api package
// fails go vet, and so doc, naming the place.
func TestDocAPIFromTheVetRun(t *testing.T) {
	skipShort(t)
	t.Parallel()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"go.mod":                  "module example.com/m\n\ngo 1.22\n",
		"boundaries.yaml":         "version: 1\ncomponents:\n  core:\n    packages: [core/...]\n    api: [core/api, core/client]\n  examples:\n    packages: [examples/...]\n    api: [examples/x]\n",
		"core/api/api.go":         "package api\n\nimport \"example.com/m/core/store\"\n\n// Hello greets.\nfunc Hello() string { return \"hi\" }\n\n// Service serves.\ntype Service struct{ Store *store.Store }\n",
		"core/api/export_test.go": "package api\n\nfunc Exported() {}\n\nfunc (*Service) Count() int { return 0 }\n",
		"core/client/client.go":   "package client\n\n// Dial dials.\nfunc Dial() {}\n",
		"core/store/store.go":     "package store\n\n// Store stores.\ntype Store struct{}\n",
		"examples/x/main.go":      "//go:build ignore\n\npackage main\n\nfunc main() {}\n",
		"ARCH.md":                 "# Plan\n\n<!-- boundarylint:begin api -->\n<!-- boundarylint:end -->\n",
	} {
		write(t, filepath.Join(dir, filepath.FromSlash(name)), body)
	}
	r := standalone(t, dir, "doc", "ARCH.md")
	expectCode(t, "doc", r, 0)
	got, _ := os.ReadFile(filepath.Join(dir, "ARCH.md"))
	want := "### `core` API\n\n#### `core/api`\n\n```go\nfunc Hello() string\n\ntype Service struct {\n\tStore *store.Store\n}\n```\n\n" +
		"Exposes packages outside the api (callers need them to use these declarations): `core/store`.\n\n" +
		"#### `core/client`\n\n```go\nfunc Dial()\n```\n\n### `examples` API\n\n<!-- boundarylint:end -->\n"
	if !strings.HasSuffix(string(got), want) {
		t.Errorf("the api section:\n%s\nwant it to end with:\n%s", got, want)
	}

	write(t, filepath.Join(dir, "core", "api", "broken.go"), "package api\n\nfunc Broken() int { return \"x\" }\n")
	r = standalone(t, dir, "doc", "-check", "ARCH.md")
	expectCode(t, "doc -check with a type error", r, 1)
	if !strings.Contains(r.stderr, "broken.go:3:28") {
		t.Errorf("stderr does not name the type error's place broken.go:3:28:\n%s", r.stderr)
	}
}
