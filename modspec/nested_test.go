package modspec

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
)

// TestNestedModule: a directory with its own go.mod below the spec's module
// is another module, though its import path extends the module's: its
// packages are third-party code to the spec, and a pattern naming it says so.
func TestNestedModule(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":                "module example.com/shop\n",
		"a/a.go":                "package a\n",
		"tools/go.mod":          "module example.com/shop/tools\n",
		"tools/gen/gen.go":      "package gen\n",
		"boundaries.yaml":       "version: 1\nunassigned: deny\ncomponents:\n  a: {packages: [a/...]}\n  gen: {packages: [tools/gen]}\nexternal:\n  example.com/shop/tools/...: [a]\n",
		"other/boundaries.yaml": "version: 1\ncomponents:\n  a: {packages: [a/...]}\n",
	})
	s, err := Load(filepath.Join(dir, boundary.FileName))
	if err != nil {
		t.Fatalf("an external reservation of a nested module's packages does not load: %v", err)
	}
	if rel, in := s.Rel("example.com/shop/tools/gen"); in {
		t.Errorf("Rel(example.com/shop/tools/gen) = %q, in the module; want outside it", rel)
	}
	if rel, in := s.Rel("example.com/shop/a"); !in || rel != "a" {
		t.Errorf("Rel(example.com/shop/a) = %q, %v", rel, in)
	}
	if v := s.CheckImport("example.com/shop/a", "example.com/shop/tools/gen"); v.Rule != boundary.Allowed {
		t.Errorf("a importing the nested module's package, reserved to a: %s, want allowed", v.Rule)
	}
	pkgs, err := ModulePackages(dir)
	if err != nil {
		t.Fatal(err)
	}
	errs := s.Unmatched(pkgs)
	want := "package pattern tools/gen of component gen matches no package of module example.com/shop: tools/gen is in another module, module example.com/shop/tools (tools/go.mod)"
	if len(errs) != 1 || !strings.Contains(errs[0].Msg, want) {
		t.Errorf("Unmatched = %v, want one error saying %q", errs, want)
	}

	// Parsed without its directory, the spec cannot tell: the prefix decides.
	p, err := boundary.Parse(boundary.FileName, []byte("version: 1\ncomponents:\n  a: {packages: [a/...]}\n"), "example.com/shop")
	if err != nil {
		t.Fatal(err)
	}
	if _, in := p.Rel("example.com/shop/tools/gen"); !in {
		t.Errorf("a parsed spec knows of no nested module, yet Rel said outside")
	}
}

// TestKnownPackagesKeepsNestedModules: the directories a walk of the
// module entered answer without a stat, and a nested module's still
// answers as another module; a root other than the tree's teaches it
// nothing.
func TestKnownPackagesKeepsNestedModules(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":           "module example.com/shop\n",
		"a/b/b.go":         "package b\n",
		"tools/go.mod":     "module example.com/shop/tools\n",
		"tools/gen/gen.go": "package gen\n",
		"boundaries.yaml":  "version: 1\ncomponents:\n  a: {packages: [a/...]}\n",
	})
	s, err := Load(filepath.Join(dir, boundary.FileName))
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := ModulePackages(dir)
	if err != nil {
		t.Fatal(err)
	}
	KnownPackages(s, t.TempDir(), []string{"tools/gen"}) // another root: ignored
	KnownPackages(s, dir, pkgs)
	n := s.Tree().(*nestedModules)
	if m, ok := n.memo["a"]; !ok || m != "" {
		t.Errorf("the parent of a walked package: memo %q, %v; want known, in the module", m, ok)
	}
	if _, in := s.Rel("example.com/shop/tools/gen"); in {
		t.Errorf("tools/gen, in the nested module, answers as the module's own after KnownPackages")
	}
}
