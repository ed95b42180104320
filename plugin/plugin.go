package plugin

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/boundary"
)

// Name is the linter's name in .golangci.yml and in //nolint directives.
const Name = "boundarylint"

func init() { register.Plugin(Name, New) }

// ignoresName selects the analyzer that reports unused ignore directives.
const ignoresName = "ignores"

// Plugin is the golangci-lint linter: a spec and the analyzers to run on it.
type Plugin struct {
	spec         *boundary.Spec
	baseline     *baseline.Baseline // nil: none
	baselinePath string
	settings     Settings
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
	b, path, err := s.loadBaseline(specPath)
	if err != nil {
		return nil, fmt.Errorf("%s baseline: %w", Name, err)
	}
	return &Plugin{spec: spec, baseline: b, baselinePath: path, settings: s}, nil
}

// BuildAnalyzers returns the selected analyzers bound to the spec, the
// ignores analyzer over the selected rules, and the cache stamp.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var selected []*analysis.Analyzer
	for _, r := range suite.Rules() {
		if p.settings.runs(r.Analyzer.Name) {
			a := r.New(p.spec)
			if p.baselinePath != "" {
				if err := a.Flags.Set("baseline", p.baselinePath); err != nil {
					return nil, err
				}
			}
			selected = append(selected, a)
		}
	}
	out := selected
	if p.settings.runs(ignoresName) {
		out = append(out, ignores.New(selected...))
	}
	if err := p.settings.applyFlags(out); err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	return append(out, specStamp(p.spec, p.baseline)), nil
}

// GetLoadMode asks for type information: the rules need pass.Pkg.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// specStamp is a no-op analyzer whose name carries the hash of the spec
// and of the baseline. golangci-lint keys cached results on analyzer
// names, so editing either (or deleting the baseline) changes the key and
// the next run applies the edit.
func specStamp(spec *boundary.Spec, b *baseline.Baseline) *analysis.Analyzer {
	hash := spec.Hash
	if b != nil {
		sum := sha256.Sum256([]byte(spec.Hash + "\x00" + b.Hash))
		hash = hex.EncodeToString(sum[:])
	}
	return &analysis.Analyzer{
		Name: "spec_" + hash[:16],
		Doc:  "spec_<hash> does nothing: its name makes golangci-lint's cache key cover the content of the boundary spec and its baseline",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
}
