package plugin

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
	"github.com/boundarylint/boundarylint/modspec"
)

// Name is the linter's name in .golangci.yml and in //nolint directives.
const Name = "boundarylint"

func init() { register.Plugin(Name, New) }

// ignoresName selects the analyzer that reports unused ignore directives.
const ignoresName = "ignores"

// Plugin is the golangci-lint linter: a spec and the analyzers to run on it.
type Plugin struct {
	binding  suite.Binding // the spec, the baseline, and the module's import graph for the settings' build tags (nil outside a module)
	settings Settings
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the settings golangci-lint passes and loads the spec they
// name. Any error stops golangci-lint before it lints anything.
func New(raw any) (register.LinterPlugin, error) {
	s, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	spec, specPath, err := s.loadSpec()
	if err != nil {
		return nil, fmt.Errorf("%s spec: %w", Name, err)
	}
	b, err := s.loadBaseline(specPath)
	if err != nil {
		return nil, fmt.Errorf("%s baseline: %w", Name, err)
	}
	m, err := readModule(spec, s.BuildTags)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	p := &Plugin{binding: suite.Binding{Spec: spec, Baseline: b}, settings: s}
	if m != nil {
		p.binding.Graph = m.Graph()
	}
	return p, nil
}

// readModule reads the packages of the module golangci-lint runs in, for
// the build tags given (else those of $GOFLAGS): nil outside a module.
// The imports analyzer follows its import graph, and the cache stamp
// covers the digest of its component cycles: a cycle is reported in one
// package but can open or close through an import anywhere in the module,
// while golangci-lint keys a package's cached result on its own sources
// and dependencies.
func readModule(spec *boundary.Spec, tags []string) (*modscan.Module, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	root, err := modspec.ModuleRoot(wd)
	if err != nil {
		return nil, nil // no module here: nothing the cycle rule reads
	}
	m, err := shared.readModule(root, spec.Module, tags)
	if err != nil {
		return nil, fmt.Errorf("reading the import graph of %s: %w", root, err)
	}
	return m, nil
}

// BuildAnalyzers returns the selected analyzers bound to the spec, the
// ignores analyzer over the selected rules, and the cache stamp.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var selected []*analysis.Analyzer
	for _, r := range suite.Rules() {
		if p.settings.runs(r.Name) {
			selected = append(selected, suite.BindRule(r, p.binding))
		}
	}
	out := selected
	if p.settings.runs(ignoresName) {
		counted := selected
		if !p.settings.runs(imports.Analyzer.Name) {
			// boundarylint-imports reports the import rules: they run here
			// only so that ignores counts the directives and baseline
			// entries their findings use (golangci-lint reports what the
			// analyzers it was given find, not what their requirements do).
			counted = append(slices.Clone(selected), suite.BindRule(imports.Analyzer, p.binding))
		}
		out = append(out, ignores.New(counted...))
	}
	if err := p.settings.applyFlags(out); err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	return append(out, specStamp(p.binding.Key())), nil
}

// GetLoadMode asks for type information: the rules need pass.Pkg.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// specStamp is a no-op analyzer whose name carries the hash of key, the
// binding's cache key (suite.Binding.Key: the spec's and the baseline's
// content, the module's component cycles). golangci-lint keys cached
// results on analyzer names, so editing the spec or the baseline (or
// deleting the baseline), or a cycle opened or closed anywhere in the
// module, changes the key and the next run applies it.
func specStamp(key string) *analysis.Analyzer {
	sum := sha256.Sum256([]byte(key))
	return &analysis.Analyzer{
		Name: "spec_" + hex.EncodeToString(sum[:8]),
		Doc:  "spec_<hash> does nothing: its name makes golangci-lint's cache key cover the content of the boundary spec and its baseline, and the module's component cycles",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
}
