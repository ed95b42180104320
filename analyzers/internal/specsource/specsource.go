// Package specsource finds the boundary spec an analysis pass should apply:
// a Binding given by a driver, the -spec flag, $BOUNDARYLINT_SPEC, or
// boundaries.yaml found by walking up from the package's directory; and the
// baseline beside it (or named by -baseline), which Open hands to the
// pass's reporter. It also builds the rule analyzers from their
// definitions (Def), so that each analyzer's package says only what is
// its own, and binds any of them to a Binding (Bind).
//
// go vet runs the tool once per package, in that package's directory, so a
// relative path would mean something different for every package; relative
// -spec and $BOUNDARYLINT_SPEC paths therefore resolve against the module
// root (the nearest go.mod above the package).
package specsource

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modspec"
)

// Source yields the spec for each pass. The zero value discovers the spec
// from the flags; a bound one (Bind) applies its Binding. Loaded specs are
// cached by path, because the standalone checker runs every analyzer on
// every package in one process.
type Source struct {
	Path     string // the -spec flag
	Baseline string // the -baseline flag
	Findings bool   // the -findings flag: see package suppress
	bound    *Binding
	def      Def // the rule whose analyzer value owns this Source, for Bind

	mu        sync.Mutex
	loaded    map[string]result
	baselines map[string]baselineResult
}

type result struct {
	spec *boundary.Spec
	err  error
}

type baselineResult struct {
	b   *baseline.Baseline
	err error
}

// RegisterFlags adds -spec, -baseline and -findings to an analyzer's flags.
// The -spec flag's value also leads from the analyzer to its Source (see
// specValue).
func (s *Source) RegisterFlags(fs *flag.FlagSet) {
	fs.Var(specValue{s}, "spec", "path to boundaries.yaml (default: $"+modspec.SpecEnvVar+", else found by walking up from the package directory; relative paths resolve against the module root)")
	fs.StringVar(&s.Baseline, "baseline", "", "path to the baseline of accepted findings (default: the spec's name with .baseline.json, beside it, if it exists; relative paths resolve against the module root)")
	fs.BoolVar(&s.Findings, "findings", false, "for drivers: attach each finding, encoded, to its diagnostic and report baselined findings too, marked")
}

// Open returns the pass's reporter and spec. The reporter is never nil, so
// that an analyzer returns its Result whatever happens; the spec is nil
// when the package is a dependency outside any module with a spec.
func (s *Source) Open(pass *analysis.Pass) (*suppress.Reporter, *boundary.Spec, error) {
	cfg := suppress.Config{Findings: s.Findings || s.bound != nil && s.bound.Findings}
	spec, path, err := s.spec(pass)
	if spec != nil && err == nil {
		cfg.Spec = spec
		cfg.Baseline, err = s.baseline(pass, path)
	}
	return suppress.NewReporter(pass, cfg), spec, err
}

// baseline loads the -baseline file (which must exist), else the file
// beside the spec at specPath, if there is one.
func (s *Source) baseline(pass *analysis.Pass, specPath string) (*baseline.Baseline, error) {
	explicit := s.Baseline != ""
	if !explicit && s.bound != nil {
		return s.bound.Baseline, nil // an -ANALYZER.baseline flag overrides the bound one
	}
	var root string
	if explicit && !filepath.IsAbs(s.Baseline) {
		var err error
		if root, err = modspec.ModuleRoot(packageDir(pass)); err != nil {
			return nil, fmt.Errorf("cannot resolve relative baseline path %s: %w", s.Baseline, err)
		}
	}
	path := baseline.Path(s.Baseline, root, specPath)
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.baselines[path]
	if !ok {
		r.b, r.err = baseline.Open(path, explicit)
		if s.baselines == nil {
			s.baselines = map[string]baselineResult{}
		}
		s.baselines[path] = r
	}
	return r.b, r.err
}

// Spec returns the spec for the pass's package. It returns nil and no
// error when discovery finds no spec: the package is a dependency outside
// any module with one, which analyzers visit only to export facts. A spec
// named by -spec or $BOUNDARYLINT_SPEC that cannot be read is an error.
func (s *Source) Spec(pass *analysis.Pass) (*boundary.Spec, error) {
	spec, _, err := s.spec(pass)
	return spec, err
}

// spec returns the spec and the path it was loaded from ("" when bound).
func (s *Source) spec(pass *analysis.Pass) (*boundary.Spec, string, error) {
	if s.bound != nil {
		return s.bound.Spec, "", nil
	}
	path, err := modspec.Locate(s.Path, packageDir(pass))
	if errors.Is(err, modspec.ErrNoSpec) {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.loaded[path]; ok {
		return r.spec, path, r.err
	}
	spec, err := modspec.Load(path)
	if s.loaded == nil {
		s.loaded = map[string]result{}
	}
	s.loaded[path] = result{spec, err}
	return spec, path, err
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
