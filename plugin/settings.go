package plugin

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modspec"
)

// Settings are the plugin's settings in .golangci.yml, under
// linters.settings.custom.boundarylint.settings.
type Settings struct {
	// Spec is the path of boundaries.yaml; a relative path resolves against
	// the directory golangci-lint runs in.
	Spec string `json:"spec"`
	// SpecInline is the spec's YAML text, instead of a file.
	SpecInline string `json:"spec-inline"`
	// Baseline is the path of the baseline of accepted findings; a relative
	// path resolves against the directory golangci-lint runs in. Absent:
	// the spec's name with .baseline.json, beside it, if that file exists
	// (for spec-inline, boundaries.baseline.json at the module root).
	Baseline string `json:"baseline"`
	// Analyzers selects the analyzers to run by name; absent means all.
	Analyzers []string `json:"analyzers"`
	// Flags sets analyzer flags, as the vet tool's -NAME.FLAG=VALUE does:
	// analyzer name to flag name to a scalar value.
	Flags map[string]map[string]any `json:"flags"`
	// BuildTags are the build tags of the module's import graph, which
	// the cycle and isolation rules follow: golangci-lint does not pass its
	// run.build-tags to plugins, so repeat them here. Absent: the -tags of
	// $GOFLAGS.
	BuildTags []string `json:"build-tags"`
}

// decode decodes golangci-lint's raw settings strictly and checks them.
func decode(raw any) (Settings, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return Settings{}, err
	}
	return s, s.check()
}

// analyzerNames lists every analyzer the settings may name.
func analyzerNames() []string {
	var names []string
	for _, r := range suite.Rules() {
		names = append(names, r.Name)
	}
	return append(names, ignoresName)
}

func (s Settings) check() error {
	if s.Spec != "" && s.SpecInline != "" {
		return errors.New("spec and spec-inline are both set; keep one")
	}
	if s.Analyzers != nil && len(s.Analyzers) == 0 {
		return fmt.Errorf("analyzers is an empty list, which would run nothing; remove the key to run all of %s", strings.Join(analyzerNames(), ", "))
	}
	known := analyzerNames()
	for _, name := range s.Analyzers {
		if !slices.Contains(known, name) {
			return fmt.Errorf("analyzers: unknown analyzer %q; known analyzers are %s", name, strings.Join(known, ", "))
		}
	}
	for _, tag := range s.BuildTags {
		if tag == "" || strings.ContainsAny(tag, ", \t") {
			return fmt.Errorf("build-tags: %q is not one build tag; list each tag as an item of its own, as run.build-tags does", tag)
		}
	}
	for name := range s.Flags {
		if !slices.Contains(known, name) {
			return fmt.Errorf("flags: unknown analyzer %q; known analyzers are %s", name, strings.Join(known, ", "))
		}
		if !s.runs(name) {
			return fmt.Errorf("flags: analyzer %q is not in analyzers; add it there or remove its flags", name)
		}
	}
	return nil
}

// runs reports whether the settings select the named analyzer.
func (s Settings) runs(name string) bool {
	return s.Analyzers == nil || slices.Contains(s.Analyzers, name)
}

// applyFlags sets the configured flags on the analyzers.
func (s Settings) applyFlags(analyzers []*analysis.Analyzer) error {
	for _, a := range analyzers {
		flags := s.Flags[a.Name]
		names := make([]string, 0, len(flags))
		for name := range flags {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if err := setFlag(a, name, flags[name]); err != nil {
				return fmt.Errorf("flags: %s.%s: %w", a.Name, name, err)
			}
		}
	}
	return nil
}

func setFlag(a *analysis.Analyzer, name string, value any) error {
	switch name {
	case "spec":
		return errors.New("set the spec with the spec or spec-inline setting")
	case "baseline":
		return errors.New("set the baseline with the baseline setting")
	}
	if a.Flags.Lookup(name) == nil {
		var known []string
		a.Flags.VisitAll(func(f *flag.Flag) {
			if f.Name != "spec" {
				known = append(known, f.Name)
			}
		})
		if len(known) == 0 {
			return fmt.Errorf("analyzer %s has no such flag; it has no flags to set", a.Name)
		}
		return fmt.Errorf("analyzer %s has no such flag; its flags are %s", a.Name, strings.Join(known, ", "))
	}
	switch value.(type) {
	case string, bool, float64:
	default:
		return fmt.Errorf("the value must be a string, number or boolean, not %T", value)
	}
	return a.Flags.Set(name, fmt.Sprint(value))
}

// loadBaseline loads the baseline the settings name, or the one beside
// the spec at specPath ("" for spec-inline) when it exists; nil for none.
func (s Settings) loadBaseline(specPath string) (*baseline.Baseline, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	path, explicit := s.Baseline, s.Baseline != ""
	switch {
	case explicit && !filepath.IsAbs(path):
		path = filepath.Join(wd, path)
	case !explicit && specPath == "":
		root, err := modspec.ModuleRoot(wd)
		if err != nil {
			return nil, nil // spec-inline outside a module: checkAgainstModule reports it
		}
		path = baseline.DefaultPath(filepath.Join(root, boundary.FileName))
	case !explicit:
		path = baseline.DefaultPath(specPath)
	}
	b, err := baseline.Load(path)
	if !explicit && errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

// loadSpec loads the spec the settings name and checks its patterns
// against the packages of its module. It returns the spec's path, "" for
// spec-inline.
func (s Settings) loadSpec() (*boundary.Spec, string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, "", err
	}
	if s.SpecInline != "" {
		spec, err := parseInline(s.SpecInline, wd)
		return spec, "", err
	}
	path := s.Spec
	if path == "" {
		if path, err = modspec.Locate("", wd); err != nil {
			return nil, "", fmt.Errorf("%w (for golangci-lint: or set spec or spec-inline in the boundarylint settings)", err)
		}
	} else if !filepath.IsAbs(path) {
		path = filepath.Join(wd, path)
	}
	spec, err := modspec.Load(path)
	if errs := (boundary.Errors)(nil); errors.As(err, &errs) {
		return nil, "", fmt.Errorf("%s:\n%w", path, err)
	} else if err != nil {
		return nil, "", err
	}
	root, err := modspec.ModuleRoot(filepath.Dir(path))
	if err != nil {
		root = wd
	}
	spec, err = checkAgainstModule(spec, path, root)
	return spec, path, err
}

// inlineName is how positions in an inline spec print.
const inlineName = "spec-inline"

func parseInline(text, wd string) (*boundary.Spec, error) {
	root, err := modspec.ModuleRoot(wd)
	if err != nil {
		return nil, fmt.Errorf("spec-inline: %w", err)
	}
	module, err := modspec.ModulePath(root)
	if err != nil {
		return nil, fmt.Errorf("spec-inline: %w", err)
	}
	spec, err := boundary.Parse(inlineName, []byte(text), module)
	if err != nil {
		return nil, fmt.Errorf("%s:\n%w", inlineName, err)
	}
	return checkAgainstModule(spec, inlineName, root)
}

// checkAgainstModule fails on what only the module at root can show (a
// wrong module key, patterns matching no package, claims naming no field),
// as the vet tool does: such a rule would silently check nothing.
func checkAgainstModule(spec *boundary.Spec, name, root string) (*boundary.Spec, error) {
	if err := shared.checkModule(spec, root); err != nil {
		if errs := (boundary.Errors)(nil); errors.As(err, &errs) {
			return nil, fmt.Errorf("%s:\n%w", name, err)
		}
		return nil, err
	}
	return spec, nil
}
