package plugin

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/ignores"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
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
	graph        *modscan.Graph // the module's import graph, for the build tags of the settings; nil outside a module
	cycles       string         // digest of the component cycles, for the cache stamp
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
	g, err := readGraph(spec, s.BuildTags)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	p := &Plugin{spec: spec, baseline: b, baselinePath: path, settings: s, graph: g}
	if g != nil {
		p.cycles = boundary.CyclesDigest(g.Cycles(spec))
	}
	return p, nil
}

// readGraph reads the import graph of the module golangci-lint runs in,
// for the build tags given (else those of $GOFLAGS): nil outside a module.
// The imports analyzer follows it, and the cache stamp covers the digest
// of its component cycles: a cycle is reported in one package but can
// open or close through an import anywhere in the module, while
// golangci-lint keys a package's cached result on its own sources and
// dependencies.
func readGraph(spec *boundary.Spec, tags []string) (*modscan.Graph, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	root, err := boundary.ModuleRoot(wd)
	if err != nil {
		return nil, nil // no module here: nothing the cycle rule reads
	}
	g, err := modscan.ReadGraph(root, spec.Module, modscan.NewBuild(strings.Join(tags, ",")))
	if err != nil {
		return nil, fmt.Errorf("reading the import graph of %s: %w", root, err)
	}
	return g, nil
}

// BuildAnalyzers returns the selected analyzers bound to the spec, the
// ignores analyzer over the selected rules, and the cache stamp.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var selected []*analysis.Analyzer
	for _, r := range suite.Rules() {
		if p.settings.runs(r.Analyzer.Name) {
			a := r.New(p.spec)
			if r.Analyzer == imports.Analyzer && p.graph != nil {
				a = imports.NewForGraph(p.spec, p.graph) // the graph the stamp covers
			}
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
	return append(out, specStamp(p.spec, p.baseline, p.cycles)), nil
}

// GetLoadMode asks for type information: the rules need pass.Pkg.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// specStamp is a no-op analyzer whose name carries the hash of the spec
// and of the baseline, and of the module's component cycles. golangci-lint
// keys cached results on analyzer names, so editing the spec or the
// baseline (or deleting the baseline), or a cycle opened or closed
// anywhere in the module, changes the key and the next run applies it.
func specStamp(spec *boundary.Spec, b *baseline.Baseline, cycles string) *analysis.Analyzer {
	key := spec.Hash + "\x00cycles " + cycles
	if b != nil {
		key += "\x00baseline " + b.Hash
	}
	sum := sha256.Sum256([]byte(key))
	return &analysis.Analyzer{
		Name: "spec_" + hex.EncodeToString(sum[:8]),
		Doc:  "spec_<hash> does nothing: its name makes golangci-lint's cache key cover the content of the boundary spec and its baseline, and the module's component cycles",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
}
