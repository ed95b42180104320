package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/boundary"
)

// Name is the linter's name in .golangci.yml and in //nolint directives.
const Name = "boundarylint"

func init() { register.Plugin(Name, New) }

// ignoresName selects the analyzer that reports unused ignore directives.
const ignoresName = "ignores"

// Plugin is the golangci-lint linter: a spec and the analyzers to run on it.
type Plugin struct {
	spec     *boundary.Spec
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
	spec, err := s.loadSpec()
	if err != nil {
		return nil, fmt.Errorf("%s spec: %w", Name, err)
	}
	return &Plugin{spec: spec, settings: s}, nil
}

// BuildAnalyzers returns the selected analyzers bound to the spec, the
// ignores analyzer over the selected rules, and the cache stamp.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var selected []*analysis.Analyzer
	for _, r := range suite.Rules() {
		if p.settings.runs(r.Analyzer.Name) {
			selected = append(selected, r.New(p.spec))
		}
	}
	out := selected
	if p.settings.runs(ignoresName) {
		out = append(out, ignores.New(selected...))
	}
	if err := p.settings.applyFlags(out); err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	return append(out, specStamp(p.spec)), nil
}

// GetLoadMode asks for type information: the rules need pass.Pkg.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// specStamp is a no-op analyzer whose name carries the spec's hash.
// golangci-lint keys cached results on analyzer names, so a spec edit
// changes the key and the edited spec applies on the next run.
func specStamp(spec *boundary.Spec) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "spec_" + spec.Hash[:16],
		Doc:  "spec_<hash> does nothing: its name makes golangci-lint's cache key cover the boundary spec's content",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
}
