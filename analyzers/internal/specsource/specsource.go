// Package specsource finds the boundary spec an analysis pass should apply:
// a spec bound by a library caller, the -spec flag, $BOUNDARYLINT_SPEC, or
// boundaries.yaml found by walking up from the package's directory.
//
// go vet runs the tool once per package, in that package's directory, so a
// relative path would mean something different for every package; relative
// -spec and $BOUNDARYLINT_SPEC paths therefore resolve against the module
// root (the nearest go.mod above the package).
package specsource

import (
	"errors"
	"flag"
	"go/ast"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/boundary"
)

// Source yields the spec for each pass. The zero value discovers the spec;
// Bind fixes one. Loaded specs are cached by path, because the standalone
// checker runs every analyzer on every package in one process.
type Source struct {
	Path  string // the -spec flag
	bound *boundary.Spec

	mu     sync.Mutex
	loaded map[string]result
}

type result struct {
	spec *boundary.Spec
	err  error
}

// Bind returns a Source that always yields s.
func Bind(s *boundary.Spec) *Source { return &Source{bound: s} }

// RegisterFlags adds -spec to an analyzer's flags.
func (s *Source) RegisterFlags(fs *flag.FlagSet) {
	fs.StringVar(&s.Path, "spec", "", "path to boundaries.yaml (default: $"+boundary.SpecEnvVar+", else found by walking up from the package directory; relative paths resolve against the module root)")
}

// Spec returns the spec for the pass's package. It returns nil and no
// error when discovery finds no spec: the package is a dependency outside
// any module with one, which analyzers visit only to export facts. A spec
// named by -spec or $BOUNDARYLINT_SPEC that cannot be read is an error.
func (s *Source) Spec(pass *analysis.Pass) (*boundary.Spec, error) {
	if s.bound != nil {
		return s.bound, nil
	}
	path, err := boundary.Locate(s.Path, packageDir(pass))
	if errors.Is(err, boundary.ErrNoSpec) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.loaded[path]; ok {
		return r.spec, r.err
	}
	spec, err := boundary.Load(path)
	if s.loaded == nil {
		s.loaded = map[string]result{}
	}
	s.loaded[path] = result{spec, err}
	return spec, err
}

// PackagePath is the path the spec knows the pass's package by: an external
// test package (path_test) belongs where the package it tests does.
func PackagePath(pass *analysis.Pass) string {
	return strings.TrimSuffix(pass.Pkg.Path(), "_test")
}

func packageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		if name := pass.Fset.File(f.Pos()).Name(); filepath.Ext(name) == ".go" {
			return filepath.Dir(name)
		}
	}
	dir, _ := os.Getwd()
	return dir
}

// PackageClause is where a finding about the package as a whole goes (a
// spec entry naming something the package lacks): the package name of the
// first file, non-test files first, by file name.
func PackageClause(pass *analysis.Pass) *ast.Ident {
	key := func(f *ast.File) string {
		name := pass.Fset.File(f.FileStart).Name()
		if strings.HasSuffix(name, "_test.go") {
			return "1" + name
		}
		return "0" + name
	}
	first := pass.Files[0]
	for _, f := range pass.Files[1:] {
		if key(f) < key(first) {
			first = f
		}
	}
	return first.Name
}
