package plugin

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/modscan"
)

// SyntaxName is the syntax tier's linter name: the import rules from
// import clauses alone, which golangci-lint --fast-only runs, as editors
// do. It is a linter of its own because golangci-lint asks a plugin for
// one load mode, and a setting of boundarylint could not make one
// .golangci.yml serve both the editor and CI.
const SyntaxName = "boundarylint-imports"

func init() { register.Plugin(SyntaxName, NewSyntax) }

// SyntaxPlugin is the syntax tier: the spec, the baseline and the module
// read from its source tree, which stands in for types and facts.
type SyntaxPlugin struct {
	binding suite.Binding // the spec and the baseline
	module  *modscan.Module
}

var _ register.LinterPlugin = (*SyntaxPlugin)(nil)

// NewSyntax decodes the settings of boundarylint-imports (those of
// boundarylint but analyzers and flags), loads the spec and the baseline,
// and reads the module's packages, once for the run.
func NewSyntax(raw any) (register.LinterPlugin, error) {
	s, err := decode(raw)
	if err == nil && (s.Analyzers != nil || s.Flags != nil) {
		err = errors.New("analyzers and flags are settings of boundarylint; " + SyntaxName + " runs the import rules only")
	}
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", SyntaxName, err)
	}
	spec, specPath, err := s.loadSpec()
	if err != nil {
		return nil, fmt.Errorf("%s spec: %w", SyntaxName, err)
	}
	b, err := s.loadBaseline(specPath)
	if err != nil {
		return nil, fmt.Errorf("%s baseline: %w", SyntaxName, err)
	}
	m, err := readModule(spec, s.BuildTags)
	if err == nil && m == nil {
		err = errors.New("no Go module here: run golangci-lint inside the module the spec describes")
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", SyntaxName, err)
	}
	return &SyntaxPlugin{binding: suite.Binding{Spec: spec, Baseline: b}, module: m}, nil
}

// BuildAnalyzers returns the syntax tier's imports analyzer and its cache
// stamp.
func (p *SyntaxPlugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a := imports.NewSyntax(p.binding, p.module)
	return []*analysis.Analyzer{a, specStamp(p.binding.Key() + "\x00imports " + importsDigest(p.module))}, nil
}

// GetLoadMode asks for syntax only, which makes the linter fast in
// golangci-lint's eyes: --fast-only runs it.
func (p *SyntaxPlugin) GetLoadMode() string { return register.LoadModeSyntax }

// importsDigest digests every import of the module's packages and the
// files the build excludes. In syntax mode golangci-lint keys a package's
// cached result on its own files alone, but the isolation and cycle rules
// follow imports made anywhere in the module, and the import rules read
// the excluded files too: an edit of any import clause, or of an excluded
// file, must change the key.
func importsDigest(m *modscan.Module) string {
	h := sha256.New()
	fmt.Fprintf(h, "excluded %s\n", m.ExcludedDigest())
	for _, p := range m.Packages {
		fmt.Fprintf(h, "%s\x00", p.Path)
		for _, imp := range modscan.Imports(p.GoFiles) {
			fmt.Fprintf(h, "\x01%s", imp)
		}
		fmt.Fprintln(h)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
