package modscan

import (
	"go/build"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
)

// writeTree writes files (path -> content) under a new directory.
func writeTree(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return dir
}

// writeFiles writes files (path -> content) under dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var tree = map[string]string{
	"go.mod":               "module example.com/m // the module\n\ngo 1.26\n",
	"a/a.go":               "package a\n\nimport \"example.com/m/b\"\n\nvar _ = b.B\n",
	"a/a_test.go":          "package a\n\nimport \"testing\"\n",
	"a/x_test.go":          "package a_test\n\nimport \"example.com/m/a\"\n",
	"a/rel.go":             "//go:build release\n\npackage a\n\nimport \"example.com/m/c\"\n",
	"a/a_windows.go":       "package a\n\nimport \"example.com/m/c\"\n",
	"a/rel_test.go":        "//go:build release\n\npackage a_test\n",
	"a/gen.go":             "//go:build ignore\n\npackage main\n",
	"b/b.go":               "package b\n\nvar B = 1\n",
	"c/c.go":               "package c\n",
	"onlywin/w_windows.go": "package onlywin\n",
	"testdata/t/t.go":      "package t\n",
	"vendor/v/v.go":        "package v\n",
	"_x/x.go":              "package x\n",
	".h/h.go":              "package h\n",
	"b/_skip.go":           "package other\n",
	"nested/go.mod":        "module example.com/nested\n",
	"nested/n.go":          "package n\n",
}

func names(files []*File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Name)
	}
	return out
}

func read(t *testing.T, dir string, b *Build) *Module {
	t.Helper()
	m, err := Read(dir, b, token.NewFileSet())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRead(t *testing.T) {
	linux := build.Default
	linux.GOOS, linux.GOARCH = "linux", "amd64"
	release := linux
	release.BuildTags = []string{"release"}
	windows := linux
	windows.GOOS = "windows"
	for _, tc := range []struct {
		name                        string
		ctx                         *build.Context
		pkgs                        []string
		goFiles, xtests, ignoredOfA []string
	}{
		{"default build", &linux, []string{"a", "b", "c"}, []string{"a.go"}, []string{"x_test.go"}, []string{"a_windows.go", "rel.go", "rel_test.go"}},
		{"release tag", &release, []string{"a", "b", "c"}, []string{"a.go", "rel.go"}, []string{"rel_test.go", "x_test.go"}, []string{"a_windows.go"}},
		{"windows", &windows, []string{"a", "b", "c", "onlywin"}, []string{"a.go", "a_windows.go"}, []string{"x_test.go"}, []string{"rel.go", "rel_test.go"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := read(t, writeTree(t, tree), newBuildFor(*tc.ctx, false))
			if m.Path != "example.com/m" || len(m.Undecided) > 0 {
				t.Fatalf("module %q, undecided %v", m.Path, m.Undecided)
			}
			var pkgs []string
			for _, p := range m.Packages {
				pkgs = append(pkgs, strings.TrimPrefix(p.Path, "example.com/m/"))
			}
			if !slices.Equal(pkgs, tc.pkgs) {
				t.Fatalf("packages %v, want %v (no testdata, vendor, _x, .h, nested module; onlywin only on windows)", pkgs, tc.pkgs)
			}
			a := m.Packages[0]
			if a.Name != "a" || !slices.Equal(names(a.GoFiles), tc.goFiles) || !slices.Equal(names(a.TestGoFiles), []string{"a_test.go"}) ||
				!slices.Equal(names(a.XTestGoFiles), tc.xtests) || !slices.Equal(names(a.IgnoredFiles), tc.ignoredOfA) {
				t.Errorf("a: name %s, GoFiles %v, TestGoFiles %v, XTestGoFiles %v, IgnoredFiles %v; want GoFiles %v, XTestGoFiles %v, IgnoredFiles %v (never gen.go, a program of package main)",
					a.Name, names(a.GoFiles), names(a.TestGoFiles), names(a.XTestGoFiles), names(a.IgnoredFiles), tc.goFiles, tc.xtests, tc.ignoredOfA)
			}
			if got := Imports(a.GoFiles); !slices.Contains(got, "example.com/m/b") {
				t.Errorf("imports of a: %v", got)
			}
		})
	}
}

// TestUndecided: what only the go command can decide is named, not guessed.
func TestUndecided(t *testing.T) {
	for _, tc := range []struct{ name, file, content, want string }{
		{"cgo in a test", "a/cgo_test.go", "package a\n\nimport \"C\"\n", "example.com/m/a/cgo_test.go uses cgo in a test"},
		{"two packages", "b/other.go", "package other\n", "example.com/m/b has packages b and other"},
		{"syntax error", "c/bad.go", "package c\n\nimport (\n", "bad.go does not parse"},
		{"workspace", "go.work", "go 1.26\n\nuse .\n", "a go.work file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := maps.Clone(tree)
			files[tc.file] = tc.content
			m := read(t, writeTree(t, files), newBuildFor(build.Default, true))
			if !slices.ContainsFunc(m.Undecided, func(s string) bool { return strings.Contains(s, tc.want) }) {
				t.Errorf("undecided %v, want %q", m.Undecided, tc.want)
			}
		})
	}
}

func TestNoModule(t *testing.T) {
	if _, err := Read(t.TempDir(), NewBuild(""), token.NewFileSet()); err == nil {
		t.Error("a directory without go.mod read without error")
	}
}

// TestCgo: files that depend on cgo (importing "C", or constrained by the
// cgo tag) are in the build exactly as go/build puts them there for the
// go command's decision, and the decision is asked only when a file
// depends on it.
func TestCgo(t *testing.T) {
	files := map[string]string{
		"go.mod":       "module example.com/m\n\ngo 1.26\n",
		"a/a.go":       "package a\n",
		"a/cgo.go":     "package a\n\n// int one(void) { return 1; }\nimport \"C\"\n\nimport _ \"example.com/m/b\"\n",
		"a/oncgo.go":   "//go:build cgo\n\npackage a\n\nimport _ \"example.com/m/c\"\n",
		"a/nocgo.go":   "//go:build !cgo\n\npackage a\n\nimport _ \"example.com/m/d\"\n",
		"a/winc.go":    "//go:build windows\n\npackage a\n\nimport \"C\"\n",
		"a/cgo_doc.go": "package a\n\n// cgo is mentioned below the package clause only.\nvar _ = \"cgo\"\n",
		"b/b.go":       "package b\n",
		"c/c.go":       "package c\n",
		"d/d.go":       "package d\n",
	}
	dir := writeTree(t, files)
	linux := build.Default
	linux.GOOS, linux.GOARCH = "linux", "amd64"
	for _, tc := range []struct {
		cgo              bool
		goFiles, ignored []string
		imports          []string
	}{
		{true, []string{"a.go", "cgo.go", "cgo_doc.go", "oncgo.go"}, []string{"nocgo.go", "winc.go"}, []string{"C", "example.com/m/b", "example.com/m/c"}},
		{false, []string{"a.go", "cgo_doc.go", "nocgo.go"}, []string{"cgo.go", "oncgo.go", "winc.go"}, []string{"example.com/m/d"}},
	} {
		m := read(t, dir, newBuildFor(linux, tc.cgo))
		if len(m.Undecided) > 0 {
			t.Fatalf("cgo %v: undecided %v", tc.cgo, m.Undecided)
		}
		a := m.Packages[0]
		if !slices.Equal(names(a.GoFiles), tc.goFiles) || !slices.Equal(names(a.IgnoredFiles), tc.ignored) || !slices.Equal(Imports(a.GoFiles), tc.imports) {
			t.Errorf("cgo %v: GoFiles %v, IgnoredFiles %v, imports %v; want %v, %v, %v", tc.cgo, names(a.GoFiles), names(a.IgnoredFiles), Imports(a.GoFiles), tc.goFiles, tc.ignored, tc.imports)
		}
		if g := m.Graph(); !slices.Equal(g.Imports["example.com/m/a"], tc.imports[slices.Index(tc.imports, "C")+1:]) {
			t.Errorf("cgo %v: graph edges of a %v, want the module imports of %v", tc.cgo, g.Imports["example.com/m/a"], tc.imports)
		}
	}

	asked := 0
	b := newBuildFor(linux, false)
	b.cgo = func() bool { asked++; return false }
	delete(files, "a/cgo.go")
	delete(files, "a/oncgo.go")
	delete(files, "a/nocgo.go")
	delete(files, "a/winc.go")
	read(t, writeTree(t, files), b)
	if asked != 0 {
		t.Errorf("a module with no file depending on cgo asked the go command %d times", asked)
	}
}

// TestGraph: the import graph the cycle rule reads is the non-test files'
// imports of the module's own packages, for the build: not tests, not
// files the build excludes, not testdata, not a nested module even when
// its path extends the module's; ReadGraph and Read agree.
func TestGraph(t *testing.T) {
	files := maps.Clone(tree)
	files["c/c.go"] = "package c\n\nimport (\n\t_ \"example.com/m/nested\"\n\t_ \"example.com/m/testdata/t\"\n\t_ \"example.com/other\"\n)\n"
	files["b/b_test.go"] = "package b\n\nimport _ \"example.com/m/a\"\n"
	files["nested/go.mod"] = "module example.com/m/nested\n"
	dir := writeTree(t, files)
	linux := build.Default
	linux.GOOS, linux.GOARCH = "linux", "amd64"
	release := linux
	release.BuildTags = []string{"release"}
	for _, tc := range []struct {
		name string
		ctx  build.Context
		want map[string][]string
	}{
		{"default build", linux, map[string][]string{"example.com/m/a": {"example.com/m/b"}, "example.com/m/b": nil, "example.com/m/c": nil}},
		{"release tag", release, map[string][]string{"example.com/m/a": {"example.com/m/b", "example.com/m/c"}, "example.com/m/b": nil, "example.com/m/c": nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBuildFor(tc.ctx, false)
			g, err := ReadGraph(dir, "example.com/m", b)
			if err != nil {
				t.Fatal(err)
			}
			if !maps.EqualFunc(g.Imports, tc.want, slices.Equal) {
				t.Errorf("graph %v, want %v", g.Imports, tc.want)
			}
			if fromRead := read(t, dir, b).Graph(); !maps.EqualFunc(fromRead.Imports, g.Imports, slices.Equal) || fromRead.Root != g.Root || fromRead.Module != g.Module {
				t.Errorf("Read(...).Graph() %+v differs from ReadGraph %+v", fromRead, g)
			}
			if !slices.Equal(g.Tags, tc.ctx.BuildTags) || !slices.Equal(g.Build().Tags(), tc.ctx.BuildTags) {
				t.Errorf("graph tags %v, build tags %v; want %v", g.Tags, g.Build().Tags(), tc.ctx.BuildTags)
			}
		})
	}
}

// TestGraphFile: a saved graph loads back for its module only, with its
// tags.
func TestGraphFile(t *testing.T) {
	dir := writeTree(t, tree)
	g, err := ReadGraph(dir, "example.com/m", newBuildFor(build.Default, false))
	if err != nil {
		t.Fatal(err)
	}
	g.Tags = []string{"release"}
	file := filepath.Join(t.TempDir(), "graph.json")
	if err := g.Save(file, nil); err != nil {
		t.Fatal(err)
	}
	back, err := LoadGraph(file, dir, "example.com/m")
	if err != nil || !maps.EqualFunc(back.Imports, g.Imports, slices.Equal) || !slices.Equal(back.Build().Tags(), g.Tags) {
		t.Fatalf("loaded %+v, %v; saved %+v", back, err, g)
	}
	if _, err := LoadGraph(file, dir, "example.com/other"); err == nil {
		t.Error("a graph saved for example.com/m loaded for example.com/other")
	}
}

// TestSavedCycles: a unit takes the cycles saved with the graph when they
// are of its spec, without decoding the import map, and searches the map
// for another spec.
func TestSavedCycles(t *testing.T) {
	parse := func(yaml string) *boundary.Spec {
		s, err := boundary.Parse("boundaries.yaml", []byte(yaml), "example.com/m")
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	spec := parse("version: 1\ncomponents:\n  a: {packages: [a/...]}\n  b: {packages: [b/...]}\n")
	other := parse("version: 1\ncomponents:\n  a: {packages: [a/...]}\n  b: {packages: [b/...]}\n  c: {packages: [c]}\n")
	g := &Graph{Root: "/r", Module: "example.com/m", Imports: map[string][]string{"example.com/m/a": {"example.com/m/b"}, "example.com/m/b": {"example.com/m/a"}}}
	file := filepath.Join(t.TempDir(), "graph.json")
	if err := g.Save(file, spec); err != nil {
		t.Fatal(err)
	}
	s, err := OpenGraph(file, "/r", "example.com/m")
	if err != nil {
		t.Fatal(err)
	}
	s.body = []byte("not json") // proves the saved cycles need no import map
	cycles, err := s.Cycles(spec)
	if err != nil || boundary.CyclesDigest(cycles) != boundary.CyclesDigest(g.Cycles(spec)) || len(cycles) != 1 {
		t.Errorf("saved cycles: %v, %v; want the one cycle a <-> b", cycles, err)
	}
	if cycles, err := s.Cycles(other); err != nil || len(cycles) != 0 {
		t.Errorf("cycles saved for one spec served another: %v, %v (the import map searched is garbage: no cycle)", cycles, err)
	}
}

// TestSavedImportsOf: a saved graph's ImportsOf reads each package's line
// as the graph has it, including packages whose paths prefix others' and
// packages that import nothing, and nothing for a package not in it.
func TestSavedImportsOf(t *testing.T) {
	imports := map[string][]string{
		"example.com/m":       {"example.com/m/a", "example.com/m/a-b"},
		"example.com/m/a":     {"example.com/m/a/b"},
		"example.com/m/a-b":   nil,
		"example.com/m/a/b":   {},
		"example.com/m/a/b/c": {"example.com/m", "example.com/m/a", "example.com/m/a/b"},
		"example.com/m/z":     {"example.com/m/a/b/c"},
	}
	g := &Graph{Root: "/r", Module: "example.com/m", Imports: imports}
	file := filepath.Join(t.TempDir(), "graph")
	if err := g.Save(file, nil); err != nil {
		t.Fatal(err)
	}
	s, err := OpenGraph(file, "/r", "example.com/m")
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range imports {
		if got := s.ImportsOf(p); !slices.Equal(got, want) {
			t.Errorf("ImportsOf(%s) = %q, want %q", p, got, want)
		}
	}
	for _, p := range []string{"example.com", "example.com/m/", "example.com/m/a/b/c/d", "example.com/m/b", "zzz"} {
		if got := s.ImportsOf(p); got != nil {
			t.Errorf("ImportsOf(%s) = %q, want nothing: no such package", p, got)
		}
	}
	back, err := s.Graph()
	if err != nil || !maps.EqualFunc(back.Imports, imports, slices.Equal) {
		t.Errorf("Graph() = %v, %v; want %v", back.Imports, err, imports)
	}
}

// TestNewBuild: the tags given, else those of $GOFLAGS; cgo from
// $CGO_ENABLED when it is set.
func TestNewBuild(t *testing.T) {
	t.Setenv("GOFLAGS", "-mod=mod -tags=a,b")
	t.Setenv("CGO_ENABLED", "0")
	if got := NewBuild("").Tags(); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("NewBuild(\"\") tags %v, want those of $GOFLAGS", got)
	}
	if got := NewBuild("x y,z").Tags(); !slices.Equal(got, []string{"x", "y", "z"}) {
		t.Errorf("NewBuild(\"x y,z\") tags %v", got)
	}
	if NewBuild("").CgoEnabled() {
		t.Error("CGO_ENABLED=0, yet cgo is on")
	}
	t.Setenv("CGO_ENABLED", "1")
	if !NewBuild("").CgoEnabled() {
		t.Error("CGO_ENABLED=1, yet cgo is off")
	}
}
