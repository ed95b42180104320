package modscan

import (
	"go/build"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestOverlay: an editor's buffers replace the disk's files, a buffer of
// a file not saved yet adds it (and its package), a buffer whose build
// constraint leaves the build moves the file to IgnoredFiles, and Graph
// follows.
func TestOverlay(t *testing.T) {
	dir := writeTree(t, tree)
	m := read(t, dir, newBuildFor(build.Default, false))
	overlay := map[string][]byte{
		filepath.Join(dir, "b", "b.go"):       []byte("package b\n\nimport \"example.com/m/c\"\n"),
		filepath.Join(dir, "c", "c.go"):       []byte("//go:build release\n\npackage c\n"),
		filepath.Join(dir, "d", "new.go"):     []byte("package d\n\nimport \"example.com/m/a\"\n"),
		filepath.Join(dir, "a", "unsaved.go"): []byte("package a\n\nimport \"example.com/m/d\"\n"),
	}
	if err := m.Overlay(overlay, token.NewFileSet()); err != nil {
		t.Fatal(err)
	}
	g := m.Graph()
	for pkg, want := range map[string][]string{
		"example.com/m/a": {"example.com/m/b", "example.com/m/d"},
		"example.com/m/b": nil, // c has no file in the build any more
		"example.com/m/d": {"example.com/m/a"},
	} {
		if got := g.Imports[pkg]; !slices.Equal(got, want) {
			t.Errorf("%s imports %v, want %v", pkg, got, want)
		}
	}
	if _, ok := g.Imports["example.com/m/c"]; ok {
		t.Error("c is still a package, though its one file left the build")
	}
	if !slices.IsSortedFunc(m.Packages, func(a, b *Package) int { return strings.Compare(a.Path, b.Path) }) || !slices.IsSorted(m.Dirs) {
		t.Errorf("packages or directories out of order: %v", m.Dirs)
	}
	if err := m.Overlay(map[string][]byte{"/elsewhere/x.go": nil}, token.NewFileSet()); err == nil {
		t.Error("a buffer outside the module was accepted")
	}
}
