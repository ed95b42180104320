// Package modscan reads a Go module's own packages straight from its source
// tree, as the go command would list them, without running it: the
// directories below the module root that modspec.ModulePackages lists
// (minus testdata, vendor, directories starting with . or _, and nested
// modules), each file's build constraints applied with go/build's rules
// for one Build, and each file's import clauses.
//
// It is the one reader of which files, and so which imports, a module
// package has. The import rules of `boundarylint imports` read the
// packages with it (neither the standard library nor third-party modules
// can import the module back), and every mode reads the module's import
// graph for the cycle rule with it (Graph): the same files, with the same
// build constraints and the same cgo decision, in every use. What it
// cannot decide the way the go command would (two package names in a
// directory, a file that does not parse, cgo in a test file, a go.work
// file) it names in Module.Undecided; the imports path then asks go list
// instead.
//
// Of this module it imports boundary (the module's directories and path)
// and atomicfile (to save a graph); it runs the go command only to ask
// whether cgo is on, when a file depends on it.
package modscan

import (
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/boundarylint/boundarylint/modspec"
)

// Module is what Read found.
type Module struct {
	Path      string     // the module path, from go.mod
	Dir       string     // the module root
	Dirs      []string   // the module-relative directories holding Go files, as modspec.ModulePackages lists them
	Packages  []*Package // the packages with at least one file in the build, by import path
	Undecided []string   // why the result may differ from the go command's, if it may
	build     *Build
}

// Package is one directory of the module with files in the build.
type Package struct {
	Path         string // import path
	Dir          string
	Name         string  // the package clause of its non-test files
	GoFiles      []*File // non-test files in the build (cgo files included when cgo is on), by name
	TestGoFiles  []*File // _test.go files of the package, in the build
	XTestGoFiles []*File // _test.go files of the external test package name_test, in the build
	IgnoredFiles []*File // files of the package or its tests that the build excludes
}

// File is one Go file: its base name and its import clauses, parsed with
// comments (for //boundarylint:ignore directives) and nothing after them.
type File struct {
	Name   string
	Syntax *ast.File
	cgo    bool     // it imports "C"
	sum    [32]byte // the SHA-256 of a file the build excludes (Graph.Excluded)
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

// Read reads the module whose root is dir, for the build b, parsing files
// into fset.
func Read(dir string, b *Build, fset *token.FileSet) (*Module, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	path, err := modspec.ModulePath(dir)
	if err != nil {
		return nil, err
	}
	m := &Module{Path: path, Dir: dir, build: b}
	if os.Getenv("GOWORK") != "off" {
		if _, err := os.Stat(filepath.Join(dir, "go.work")); err == nil {
			// The go command may resolve the module's packages differently.
			m.Undecided = append(m.Undecided, "a go.work file")
		}
	}
	return m, m.readPackages(fset)
}

// readPackages reads the packages of the module's directories, four at a
// time.
func (m *Module) readPackages(fset *token.FileSet) error {
	dirs, err := modspec.ModulePackages(m.Dir)
	if err != nil {
		return err
	}
	m.Dirs = dirs
	pkgs := make([]*Package, len(dirs))
	undecided := make([]string, len(dirs))
	errs := make([]error, len(dirs))
	eachIndex(len(dirs), func(i int) {
		pkgs[i], undecided[i], errs[i] = readDir(filepath.Join(m.Dir, filepath.FromSlash(dirs[i])), path.Join(m.Path, dirs[i]), m.build, fset, nil)
	})
	for i := range dirs {
		if errs[i] != nil {
			return errs[i]
		}
		if undecided[i] != "" {
			m.Undecided = append(m.Undecided, undecided[i])
		}
		if pkgs[i] != nil {
			m.Packages = append(m.Packages, pkgs[i])
		}
	}
	slices.SortFunc(m.Packages, func(a, b *Package) int { return strings.Compare(a.Path, b.Path) })
	return nil
}

// eachIndex calls f for each index below n, four at a time: parsing is
// what Read and Uses spend their time on.
func eachIndex(n int, f func(i int)) {
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 4) {
		wg.Go(func() {
			for i := range work {
				f(i)
			}
		})
	}
	for i := range n {
		work <- i
	}
	close(work)
	wg.Wait()
}

// ReadPackage reads the package in dir, whose import path is importPath,
// for the build b, as Read reads each package of a module: nil when no
// file of it is in the build or when the go command might see it
// differently.
func ReadPackage(dir, importPath string, b *Build, fset *token.FileSet) (*Package, error) {
	p, _, err := readDir(dir, importPath, b, fset, nil)
	return p, err
}

// readDir reads one directory: nil when no Go file of it is in the build,
// and a reason when the go command might see it differently.
// The files of overlay (by full path) are read from it instead of the
// disk, and are part of the directory whether or not the disk has them.
func readDir(dir, importPath string, b *Build, fset *token.FileSet, overlay map[string][]byte) (*Package, string, error) {
	names, err := goFileNames(dir, overlay)
	if err != nil {
		return nil, "", err
	}
	p := &Package{Path: importPath, Dir: dir}
	var ignored []*File
	var ignoredNames []string
	for _, name := range names {
		f, inBuild, err := readFile(b, dir, name, fset, overlay)
		if err != nil {
			return nil, "", err
		}
		if f.Syntax == nil {
			return nil, path.Join(importPath, name) + " does not parse", nil
		}
		pkgName := f.Syntax.Name.Name
		if !inBuild {
			ignored = append(ignored, f)
			ignoredNames = append(ignoredNames, pkgName)
			continue
		}
		test := strings.HasSuffix(name, "_test.go")
		switch {
		case test && f.cgo:
			return nil, path.Join(importPath, name) + " uses cgo in a test", nil
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

// readFile reads one file once: its import clauses are parsed from the
// bytes read, and b decides from the same bytes whether it is in the
// build. A file that does not parse up to its imports, or whose build
// constraints go/build cannot read, has no Syntax.
func readFile(b *Build, dir, name string, fset *token.FileSet, overlay map[string][]byte) (*File, bool, error) {
	full := filepath.Join(dir, name)
	src, ok := overlay[full]
	if !ok {
		var err error
		if src, err = os.ReadFile(full); err != nil {
			return nil, false, err
		}
	}
	syntax, err := parser.ParseFile(fset, full, src, parser.ImportsOnly|parser.ParseComments)
	if err != nil {
		return &File{Name: name}, false, nil
	}
	f := &File{Name: name, Syntax: syntax}
	for _, s := range syntax.Imports {
		f.cgo = f.cgo || s.Path.Value == `"C"`
	}
	header := src[:fset.File(syntax.Package).Offset(syntax.Package)]
	inBuild, err := b.match(dir, name, src, header, f.cgo)
	if err != nil {
		return &File{Name: name}, false, nil
	}
	if !inBuild {
		f.sum = sha256.Sum256(src)
	}
	return f, inBuild, nil
}
