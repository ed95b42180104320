package specinit

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n--- got\n%s--- want\n%s", path, got, want)
	}
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
	pkgs, err := boundary.ModulePackages(root)
	if err != nil {
		t.Fatal(err)
	}
	if errs := spec.Unmatched(pkgs); len(errs) > 0 {
		t.Errorf("the proposed spec does not pass check: %v\n%s", errs, b.String())
	}
	return b.String(), spec
}

// assertGreen checks that the spec allows every import the module's
// packages make, in any file, and claims every package.
func assertGreen(t *testing.T, root string, spec *boundary.Spec) {
	t.Helper()
	pkgs, err := boundary.ModulePackages(root)
	if err != nil {
		t.Fatal(err)
	}
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
		for _, imp := range code.imports {
			if v := spec.CheckImport(from, imp); v.Rule != boundary.Allowed {
				t.Errorf("%s imports %s: %s (%s)", from, imp, v.Rule, v.Pos)
			}
		}
	}
}

func TestProposeExample(t *testing.T) {
	root := filepath.Join("..", "testdata", "monolith")
	d, err := Propose(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, spec := render(t, root, d)
	golden(t, "monolith.yaml", got)
	assertGreen(t, root, spec)
}

// TestProposeLayout runs Propose on a module with every layout case: the
// default roots and a top-level directory outside them, two components
// of the same name, a directory name that is no component name, a cycle
// closed only by a test, an import only a tagged file makes, a nested
// module and a testdata directory.
func TestProposeLayout(t *testing.T) {
	root := filepath.Join("testdata", "layout")
	d, err := Propose(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, spec := render(t, root, d)
	golden(t, "layout.yaml", got)
	assertGreen(t, root, spec)
}
