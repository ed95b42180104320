// Package modscan reads a Go module's own packages straight from its source
// tree, as the go command would list them, without running it: the
// directories below the module root (minus testdata, vendor, directories
// starting with . or _, and nested modules), each file's build constraints
// applied with go/build's rules, and each file's import clauses.
//
// It is the fast path of the import rules: they need only the module's own
// packages, because neither the standard library nor third-party modules
// can import the module back. What it cannot decide the way the go command
// would (cgo files, two package names in a directory, a file that does not
// parse, a go.work file) it names in
// Module.Undecided, and its caller asks go list instead.
//
// It imports the standard library only.
package modscan

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Module is what Read found.
type Module struct {
	Path      string     // the module path, from go.mod
	Dir       string     // the module root
	Packages  []*Package // the packages with at least one file in the build, by import path
	Undecided []string   // why the result may differ from the go command's, if it may
}

// Package is one directory of the module with files in the build.
type Package struct {
	Path         string // import path
	Dir          string
	Name         string  // the package clause of its non-test files
	GoFiles      []*File // non-test files in the build, by name
	TestGoFiles  []*File // _test.go files of the package, in the build
	XTestGoFiles []*File // _test.go files of the external test package name_test, in the build
	IgnoredFiles []*File // files of the package or its tests that the build constraints exclude
}

// File is one Go file: its base name and its import clauses, parsed with
// comments (for //boundarylint:ignore directives) and nothing after them.
type File struct {
	Name   string
	Syntax *ast.File
}

// Imports returns the sorted import paths of files.
func Imports(files []*File) []string {
	var out []string
	for _, f := range files {
		for _, s := range f.Syntax.Imports {
			if p, err := strconv.Unquote(s.Path.Value); err == nil && !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	slices.Sort(out)
	return out
}

// Read reads the module whose root is dir, under the build context ctx
// (nil: build.Default), parsing files into fset.
func Read(dir string, ctx *build.Context, fset *token.FileSet) (*Module, error) {
	if ctx == nil {
		ctx = &build.Default
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	m := &Module{Dir: dir}
	if err := m.readGoMod(); err != nil {
		return nil, err
	}
	dirs, err := m.packageDirs()
	if err != nil {
		return nil, err
	}
	pkgs := make([]*Package, len(dirs))
	undecided := make([]string, len(dirs))
	errs := make([]error, len(dirs))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 4) {
		wg.Go(func() {
			for i := range work {
				pkgs[i], undecided[i], errs[i] = m.readDir(dirs[i], ctx, fset)
			}
		})
	}
	for i := range dirs {
		work <- i
	}
	close(work)
	wg.Wait()
	for i := range dirs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if undecided[i] != "" {
			m.Undecided = append(m.Undecided, undecided[i])
		}
		if pkgs[i] != nil {
			m.Packages = append(m.Packages, pkgs[i])
		}
	}
	slices.SortFunc(m.Packages, func(a, b *Package) int { return strings.Compare(a.Path, b.Path) })
	return m, nil
}

// readGoMod reads the module path and notes a workspace, in which the go
// command may resolve the module's packages differently. Replace
// directives do not matter: a local replacement inside the tree is a
// nested module, which is not walked, and no replacement can make
// another module import this one back.
func (m *Module) readGoMod() error {
	data, err := os.ReadFile(filepath.Join(m.Dir, "go.mod"))
	if err != nil {
		return err
	}
	for line := range strings.Lines(string(data)) {
		line, _, _ = strings.Cut(line, "//")
		if fields := strings.Fields(line); len(fields) == 2 && fields[0] == "module" {
			m.Path = fields[1]
			if unq, err := strconv.Unquote(m.Path); err == nil {
				m.Path = unq
			}
			break
		}
	}
	if m.Path == "" {
		return fmt.Errorf("%s: no module line", filepath.Join(m.Dir, "go.mod"))
	}
	if os.Getenv("GOWORK") != "off" && fileExists(filepath.Join(m.Dir, "go.work")) {
		m.Undecided = append(m.Undecided, "a go.work file")
	}
	return nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// packageDirs returns the directories the pattern ./... would visit from
// the module root, as the go command walks them.
func (m *Module) packageDirs() ([]string, error) {
	var dirs []string
	err := filepath.WalkDir(m.Dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if p != m.Dir {
			name := d.Name()
			if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || fileExists(filepath.Join(p, "go.mod")) {
				return filepath.SkipDir
			}
		}
		dirs = append(dirs, p)
		return nil
	})
	return dirs, err
}

// readDir reads one directory: nil when no Go file of it is in the build,
// and a reason when the go command might see it differently.
func (m *Module) readDir(dir string, ctx *build.Context, fset *token.FileSet) (*Package, string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, "", err
	}
	rel, _ := filepath.Rel(m.Dir, dir)
	p := &Package{Path: path.Join(m.Path, filepath.ToSlash(rel)), Dir: dir}
	var ignored []*File
	var ignoredNames []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".") {
			continue
		}
		f, inBuild, err := readFile(ctx, dir, name, fset)
		if err != nil {
			return nil, "", err
		}
		if f.Syntax == nil {
			return nil, filepath.Join(rel, name) + " does not parse", nil
		}
		for _, s := range f.Syntax.Imports {
			if s.Path.Value == `"C"` {
				return nil, p.Path + " uses cgo", nil // whether cgo is on is the go command's decision
			}
		}
		pkgName := f.Syntax.Name.Name
		if !inBuild {
			ignored = append(ignored, f)
			ignoredNames = append(ignoredNames, pkgName)
			continue
		}
		test := strings.HasSuffix(name, "_test.go")
		switch {
		case test && strings.HasSuffix(pkgName, "_test") && pkgName != "_test":
			p.XTestGoFiles = append(p.XTestGoFiles, f)
			continue
		case test:
			p.TestGoFiles = append(p.TestGoFiles, f)
		default:
			p.GoFiles = append(p.GoFiles, f)
		}
		if p.Name == "" {
			p.Name = pkgName
		} else if p.Name != pkgName {
			return nil, fmt.Sprintf("%s has packages %s and %s", p.Path, p.Name, pkgName), nil
		}
	}
	if p.Name == "" {
		if len(p.XTestGoFiles) > 0 {
			return nil, p.Path + " has only external test files", nil
		}
		return nil, "", nil
	}
	for i, f := range ignored {
		if ignoredNames[i] == p.Name || ignoredNames[i] == p.Name+"_test" {
			p.IgnoredFiles = append(p.IgnoredFiles, f)
		}
	}
	return p, "", nil
}

// readFile reads one file once: its build constraints are applied by
// go/build's own MatchFile, over the bytes already read, and its import
// clauses parsed from them. A file that does not parse up to its imports
// has no Syntax.
func readFile(ctx *build.Context, dir, name string, fset *token.FileSet) (*File, bool, error) {
	full := filepath.Join(dir, name)
	src, err := os.ReadFile(full)
	if err != nil {
		return nil, false, err
	}
	c := *ctx
	c.OpenFile = func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(src)), nil }
	inBuild, err := c.MatchFile(dir, name)
	if err != nil {
		return &File{Name: name}, false, nil
	}
	syntax, err := parser.ParseFile(fset, full, src, parser.ImportsOnly|parser.ParseComments)
	if err != nil {
		return &File{Name: name}, false, nil
	}
	return &File{Name: name, Syntax: syntax}, inBuild, nil
}
