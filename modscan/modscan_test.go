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
)

// writeTree writes files (path -> content) under a new directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
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

func read(t *testing.T, dir string, ctx *build.Context) *Module {
	t.Helper()
	m, err := Read(dir, ctx, token.NewFileSet())
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
			m := read(t, writeTree(t, tree), tc.ctx)
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
		{"cgo", "a/cgo.go", "package a\n\nimport \"C\"\n", "example.com/m/a uses cgo"},
		{"two packages", "b/other.go", "package other\n", "example.com/m/b has packages b and other"},
		{"syntax error", "c/bad.go", "package c\n\nimport (\n", "bad.go does not parse"},
		{"workspace", "go.work", "go 1.26\n\nuse .\n", "a go.work file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := maps.Clone(tree)
			files[tc.file] = tc.content
			m := read(t, writeTree(t, files), nil)
			if !slices.ContainsFunc(m.Undecided, func(s string) bool { return strings.Contains(s, tc.want) }) {
				t.Errorf("undecided %v, want %q", m.Undecided, tc.want)
			}
		})
	}
}

func TestNoModule(t *testing.T) {
	if _, err := Read(t.TempDir(), nil, token.NewFileSet()); err == nil {
		t.Error("a directory without go.mod read without error")
	}
}
