package modspec

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
)

// writeTree creates files (slash-separated paths relative to dir) with the given contents.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":               "// the example\nmodule \"example.com/shop\" // quoted\n\ngo 1.26\n",
		"arch/boundaries.yaml": "version: 1\ncomponents:\n  a: {packages: [a/...]}\n",
		"arch/bad.yaml":        "version: 1\ncomponents:\n  a: {packages: [./a]}\n",
		"arch/own.yaml":        "version: 1\nmodule: example.com/own\ncomponents:\n  a: {packages: [a/...]}\n",
	})
	s, err := Load(filepath.Join(dir, "arch", boundary.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if s.Module != "example.com/shop" || s.Name != "arch/boundaries.yaml" || s.Components[0].Pos.String() != "arch/boundaries.yaml:3" {
		t.Errorf("Load: module %q, name %q, component at %v", s.Module, s.Name, s.Components[0].Pos)
	}
	if c := s.ComponentOf("example.com/shop/a/b"); c == nil || c.Name != "a" {
		t.Errorf("patterns are relative to the go.mod module")
	}

	_, err = Load(filepath.Join(dir, "arch", "bad.yaml"))
	if err == nil || !strings.HasPrefix(err.Error(), "arch/bad.yaml:3:18: ") {
		t.Errorf("Load(bad.yaml) error %v, want it at arch/bad.yaml:3:18", err)
	}
	if s, err := Load(filepath.Join(dir, "arch", "own.yaml")); err != nil || s.Module != "example.com/own" {
		t.Errorf("the module key overrides go.mod: %v, %v", s, err)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) error %v, want one wrapping os.ErrNotExist", err)
	}
}

func TestLoadWithoutModule(t *testing.T) {
	dir := t.TempDir() // assumes no go.mod above the system's temp dir
	if _, err := ModuleRoot(dir); err == nil {
		t.Skip("a go.mod above the temp dir")
	}
	writeTree(t, dir, map[string]string{
		"b.yaml": "version: 1\ncomponents:\n  a: {packages: [a/...]}\n",
		"m.yaml": "version: 1\nmodule: example.com/m\ncomponents:\n  a: {packages: [a/...]}\n",
	})
	// Outside every module, a spec is named by its real path: its base
	// name would not say which file it is.
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	real = filepath.ToSlash(real)
	_, err = Load(filepath.Join(dir, "b.yaml"))
	want := real + `/b.yaml:1:1: cannot tell which module the package patterns are relative to: no go.mod above the spec; add "module: <module path>"`
	if err == nil || err.Error() != want {
		t.Errorf("Load without go.mod: %v\nwant %s", err, want)
	}
	if s, err := Load(filepath.Join(dir, "m.yaml")); err != nil || s.Module != "example.com/m" || s.Name != real+"/m.yaml" {
		t.Errorf("Load with a module key: %+v, %v", s, err)
	}
}

func TestFindSpecAndModuleRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"outer/boundaries.yaml":         "version: 1\n",
		"outer/mod/go.mod":              "module example.com/mod\n",
		"outer/mod/boundaries.yaml":     "version: 1\n",
		"outer/mod/internal/a/a.go":     "package a\n",
		"outer/mod/nested/go.mod":       "module example.com/nested\n",
		"outer/mod/nested/pkg/p.go":     "package p\n",
		"outer/mod/sub/boundaries.yaml": "version: 1\n",
		"outer/mod/sub/deep/x.go":       "package deep\n",
		"outer/nospec/go.mod":           "module example.com/nospec\n",
		"outer/nospec/internal/x/x.go":  "package x\n",
	})
	at := func(rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }
	tests := []struct{ from, spec, root string }{
		{"outer/mod/internal/a", "outer/mod/boundaries.yaml", "outer/mod"},
		{"outer/mod", "outer/mod/boundaries.yaml", "outer/mod"},
		{"outer/mod/nested/pkg", "", "outer/mod/nested"}, // stops at the nested module's root
		{"outer/nospec/internal/x", "", "outer/nospec"},  // never looks above the module root
	}
	for _, tt := range tests {
		got, err := FindSpec(at(tt.from))
		switch {
		case tt.spec == "" && (err == nil || !errors.Is(err, ErrNoSpec) || !strings.Contains(err.Error(), "module root")):
			t.Errorf("FindSpec(%s) = %q, %v; want an ErrNoSpec naming the module root", tt.from, got, err)
		case tt.spec != "" && (err != nil || got != at(tt.spec)):
			t.Errorf("FindSpec(%s) = %q, %v; want %s", tt.from, got, err, tt.spec)
		}
		if root, err := ModuleRoot(at(tt.from)); err != nil || root != at(tt.root) {
			t.Errorf("ModuleRoot(%s) = %q, %v; want %s", tt.from, root, err, tt.root)
		}
	}
	if _, err := FindSpec(at("outer/mod/sub/deep")); err == nil || errors.Is(err, ErrNoSpec) || !strings.Contains(err.Error(), "sub/boundaries.yaml: a spec below the module root is never read") {
		t.Errorf("FindSpec below a stray spec: %v; want an error naming it", err)
	}
	if _, err := ModuleRoot(string(filepath.Separator)); err == nil {
		t.Error("ModuleRoot(/) found a go.mod")
	}

	t.Chdir(at("outer/mod/internal/a")) // go vet runs the tool in the package directory
	if got, err := FindSpec("."); err != nil || got != at("outer/mod/boundaries.yaml") {
		t.Errorf("FindSpec(\".\") = %q, %v; want it to walk up from the working directory", got, err)
	}
	if got, err := ModuleRoot("."); err != nil || got != at("outer/mod") {
		t.Errorf("ModuleRoot(\".\") = %q, %v; want %s", got, err, at("outer/mod"))
	}
}

func TestModulePath(t *testing.T) {
	tests := []struct{ gomod, want, err string }{
		{"module example.com/m\n\ngo 1.26\n", "example.com/m", ""},
		{"// comment\nmodule example.com/m // trailing\n", "example.com/m", ""},
		{"module \"example.com/quoted\"\n", "example.com/quoted", ""},
		{"module `example.com/raw`\n", "example.com/raw", ""},
		{"module\texample.com/tab\n", "example.com/tab", ""},
		{"module (\n\texample.com/block\n)\n", "example.com/block", ""},
		{"\n   module   example.com/spaces   \n", "example.com/spaces", ""},
		{"modulex example.com/no\nmodule example.com/yes\n", "example.com/yes", ""},
		{"// module example.com/commented\nmodule example.com/real\n", "example.com/real", ""},
		{"go 1.26\n", "", "no module directive"},
		{"module\n", "", "names no module path"},
		{"module \"\"\n", "", "names no module path"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		writeTree(t, dir, map[string]string{"go.mod": tt.gomod})
		got, err := ModulePath(dir)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ModulePath(%q) = %q, %v; want an error containing %q", tt.gomod, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ModulePath(%q) = %q, %v; want %q", tt.gomod, got, err, tt.want)
		}
	}
	if _, err := ModulePath(t.TempDir()); err == nil {
		t.Error("ModulePath without go.mod: no error")
	}
}

func TestModulePackages(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":              "module example.com/m\n",
		"main.go":             "package main\n",
		"a/a.go":              "package a\n",
		"a/b/b.go":            "package b\n",
		"a/z.go":              "package a\n", // after the subdirectory b: listed once
		"a/testdata/t.go":     "package t\n",
		"a/vendor/v/v.go":     "package v\n",
		"a/_skip/s.go":        "package s\n",
		"a/.hidden/h.go":      "package h\n",
		"nogo/readme.md":      "no Go here\n",
		"nogo/deeper/d.go":    "package d\n",
		"onlytests/x_test.go": "package x\n",
		"ignored/_gen.go":     "package ignored\n",
		"ignored/.swap.go":    "package ignored\n",
		"nested/go.mod":       "module example.com/m/nested\n",
		"nested/n.go":         "package n\n",
		"cmd/tool/main.go":    "package main\n",
	})
	got, err := ModulePackages(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{".", "a", "a/b", "cmd/tool", "nogo/deeper", "onlytests"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ModulePackages = %q\nwant %q", got, want)
	}
	if _, err := ModulePackages(filepath.Join(dir, "missing")); err == nil {
		t.Error("ModulePackages(missing dir): no error")
	}
}

func TestFindSpecCannotRead(t *testing.T) {
	tests := []struct {
		name  string
		setup func(dir string) error
		want  string
	}{
		{"dangling symlink", func(dir string) error { return os.Symlink("gone.yaml", filepath.Join(dir, boundary.FileName)) },
			"boundaries.yaml exists but cannot be read: stat "},
		{"symlink loop", func(dir string) error {
			if err := os.Symlink("loop.yaml", filepath.Join(dir, boundary.FileName)); err != nil {
				return err
			}
			return os.Symlink(boundary.FileName, filepath.Join(dir, "loop.yaml"))
		}, "boundaries.yaml exists but cannot be read: stat "},
		{"directory", func(dir string) error { return os.Mkdir(filepath.Join(dir, boundary.FileName), 0o755) },
			"boundaries.yaml exists but is a directory, not a spec"},
		{"boundaries.yml", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "boundaries.yml"), []byte("version: 1\n"), 0o644)
		},
			"but there is boundaries.yml; boundarylint reads only boundaries.yaml: rename it, or pass -spec"},
		{"Boundaries.yaml", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "Boundaries.yaml"), []byte("version: 1\n"), 0o644)
		},
			"but there is Boundaries.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"go.mod": "module example.com/m\n", "a/a.go": "package a\n"})
			if err := tt.setup(dir); err != nil {
				t.Skip(err) // a file system without symlinks, or one folding case
			}
			_, err := FindSpec(filepath.Join(dir, "a"))
			if err == nil || errors.Is(err, ErrNoSpec) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("FindSpec: %v; want an error other than ErrNoSpec containing %q", err, tt.want)
			}
		})
	}
}

// TestCheckModuleStraySpec checks that a boundaries.yaml below the module
// root is an error when the module is checked: a module has one spec.
func TestCheckModuleStraySpec(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod": "module example.com/m\n", "a/a.go": "package a\n",
		"a/boundaries.yaml": "version: 1\n", "arch/boundaries.yaml": "the spec named by -spec\n",
		"testdata/boundaries.yaml": "a fixture\n",
	})
	s, err := boundary.Parse("arch/boundaries.yaml", []byte("version: 1\ncomponents:\n  a: {packages: [a/...]}\n"), "example.com/m")
	if err != nil {
		t.Fatal(err)
	}
	_, err = CheckModule(s, dir)
	const want = "a/boundaries.yaml:1:1: a spec below the module root is never read: a module has one spec, boundaries.yaml at its root (or one named by -spec); merge this one into it and delete it"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestLoadOutsideItsModule: a spec whose module key names another module
// than the one holding it (-spec ../x/boundaries.yaml, a spec kept in a
// monorepo's parent module) is named by its real path in positions and
// errors: a name relative to the root of the module holding it would read
// as a file of the module it describes.
func TestLoadOutsideItsModule(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"x/go.mod":               "module example.com/x\n\ngo 1.26\n",
		"x/boundaries.yaml":      "version: 1\nmodule: example.com/svc\ncomponents:\n  a: {packages: [a/...]}\n",
		"x/bad.yaml":             "version: 1\nmodule: example.com/svc\ncomponents:\n  a: {packages: [./a]}\n",
		"x/same.yaml":            "version: 1\nmodule: example.com/x\ncomponents:\n  a: {packages: [a/...]}\n",
		"x/svc/go.mod":           "module example.com/x/svc\n\ngo 1.26\n",
		"x/nested.yaml":          "version: 1\nmodule: example.com/x/svc\ncomponents:\n  a: {packages: [a/...]}\n",
		"x/broken.yaml":          "version: 1\nmodule: example.com/svc\ncomponents: [\n",
		"x/arch/boundaries.yaml": "version: 1\ncomponents:\n  a: {packages: [a/...]}\n",
	})
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	real = filepath.ToSlash(real)
	for _, tt := range []struct{ file, name string }{
		{"x/boundaries.yaml", real + "/x/boundaries.yaml"},
		{"x/nested.yaml", real + "/x/nested.yaml"}, // the module key names the nested module below
		{"x/same.yaml", "same.yaml"},
		{"x/arch/boundaries.yaml", "arch/boundaries.yaml"},
	} {
		s, err := Load(filepath.Join(dir, filepath.FromSlash(tt.file)))
		if err != nil {
			t.Errorf("Load(%s): %v", tt.file, err)
			continue
		}
		if s.Name != tt.name || s.Components[0].Pos.File != tt.name {
			t.Errorf("Load(%s): name %q, component at %v; want both named %s", tt.file, s.Name, s.Components[0].Pos, tt.name)
		}
	}
	if _, err := Load(filepath.Join(dir, "x", "bad.yaml")); err == nil || !strings.HasPrefix(err.Error(), real+"/x/bad.yaml:4:18: ") {
		t.Errorf("Load(bad.yaml) error %v, want it at %s/x/bad.yaml:4:18", err, real)
	}
	// YAML that does not parse has no module key to read: the error names
	// the file as the module holding it does.
	if _, err := Load(filepath.Join(dir, "x", "broken.yaml")); err == nil || !strings.HasPrefix(err.Error(), "broken.yaml:") {
		t.Errorf("Load(broken.yaml) error %v, want it at broken.yaml", err)
	}
}
