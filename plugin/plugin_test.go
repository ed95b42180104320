package plugin

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
)

const goodSpec = `version: 1
components:
  orders:
    packages: [orders/...]
  payments:
    packages: [payments/...]
`

// module writes a small module (example.com/shop with packages orders and
// payments) and the files given, makes it the working directory, and
// returns its root.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	all := map[string]string{
		"go.mod":               "module example.com/shop\n\ngo 1.26.0\n",
		"orders/orders.go":     "package orders\n",
		"payments/payments.go": "package payments\n",
	}
	for name, data := range files {
		all[name] = data
	}
	for name, data := range all {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	return root
}

// settings is raw settings as golangci-lint passes them: decoded YAML.
type settings = map[string]any

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func build(t *testing.T, raw any) []*analysis.Analyzer {
	t.Helper()
	p, err := New(raw)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	return as
}

func TestRegistered(t *testing.T) {
	if _, err := register.GetPlugin(Name); err != nil {
		t.Fatal(err)
	}
}

func TestSpecSources(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		raw      any
		env      string
		specName string // as positions print it, which the stamp covers: messages cite the spec's lines
	}{
		{"relative path", map[string]string{"arch/spec.yaml": goodSpec}, settings{"spec": "arch/spec.yaml"}, "", "arch/spec.yaml"},
		{"found from the working directory", map[string]string{"boundaries.yaml": goodSpec}, nil, "", "boundaries.yaml"},
		{"environment", map[string]string{"arch/spec.yaml": goodSpec}, settings{}, "arch/spec.yaml", "arch/spec.yaml"},
		{"inline", nil, settings{"spec-inline": goodSpec}, "", inlineName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("BOUNDARYLINT_SPEC", tt.env)
			module(t, tt.files)
			got := names(build(t, tt.raw))
			want := []string{"imports", "config", "tx", "ctxstate", "remote", "endpoints", "events", "ignores", namedStamp(tt.specName, goodSpec)}
			if !slices.Equal(got[:len(got)-1], want[:len(want)-1]) || got[len(got)-1] != want[len(want)-1] {
				t.Errorf("analyzers = %v, want all rules, ignores and %v", got, want[len(want)-1])
			}
		})
	}
}

func TestSelection(t *testing.T) {
	module(t, map[string]string{"boundaries.yaml": goodSpec})
	got := names(build(t, settings{"analyzers": []any{"imports"}}))
	if want := []string{"imports", stampName(goodSpec)}; !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
}

func TestSpecEditChangesAnalyzerNames(t *testing.T) {
	root := module(t, map[string]string{"boundaries.yaml": goodSpec})
	before := names(build(t, nil))
	edited := strings.Replace(goodSpec, "payments:\n", "payments:\n    doc: edited\n", 1)
	if err := os.WriteFile(filepath.Join(root, "boundaries.yaml"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	after := names(build(t, nil))
	if slices.Equal(before, after) {
		t.Errorf("analyzer names %v did not change when the spec changed; golangci-lint would return stale results", after)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		raw   any
		want  string // a substring of the error
	}{
		{"unknown key", nil, settings{"spec": "boundaries.yaml", "sepc": "x"}, `unknown field "sepc"`},
		{"wrong type", nil, settings{"analyzers": "imports"}, "cannot unmarshal string"},
		{"both specs", nil, settings{"spec": "a.yaml", "spec-inline": goodSpec}, "spec and spec-inline are both set"},
		{"empty analyzers", nil, settings{"analyzers": []any{}}, "would run nothing"},
		{"unknown analyzer", nil, settings{"analyzers": []any{"imprts"}}, `unknown analyzer "imprts"`},
		{"flags for unknown analyzer", nil, settings{"flags": settings{"txx": settings{}}}, `flags: unknown analyzer "txx"`},
		{"flags for unselected analyzer", nil, settings{"analyzers": []any{"imports"}, "flags": settings{"ignores": settings{}}}, `"ignores" is not in analyzers`},
		{"missing spec file", nil, settings{"spec": "nope.yaml"}, "nope.yaml"},
		{"no spec anywhere", nil, nil, "no boundary spec found"},
		{"broken spec", map[string]string{"boundaries.yaml": "version: 2\n"}, nil, "boundaries.yaml:1:"},
		{"broken inline spec", nil, settings{"spec-inline": "version: 1\ncomponents: {x: {packagez: [a]}}\n"}, "spec-inline:2:"},
		{"pattern matching nothing", map[string]string{"boundaries.yaml": goodSpec + "  users:\n    packages: [users/...]\n"}, nil, "matches no package"},
		{"module key of another module", map[string]string{"boundaries.yaml": strings.Replace(goodSpec, "version: 1\n", "version: 1\nmodule: example.com/shopp\n", 1)}, nil,
			"boundaries.yaml:2:9: module example.com/shopp is not the module being checked"},
		{"field claim naming no field", map[string]string{"boundaries.yaml": goodSpec + "    owns: {fields: [payments.Config.Key]}\n"}, nil,
			"field claim payments.Config.Key of component payments names no type Config of package payments"},
		{"stray spec below the root", map[string]string{"boundaries.yaml": goodSpec, "orders/boundaries.yaml": "version: 1\n"}, nil,
			"orders/boundaries.yaml:1:1: a spec below the module root is never read"},
		{"boundaries.yml", map[string]string{"boundaries.yml": goodSpec}, nil, "but there is boundaries.yml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("BOUNDARYLINT_SPEC", "")
			module(t, tt.files)
			_, err := New(tt.raw)
			if err == nil {
				t.Fatalf("New(%v) succeeded, want an error containing %q", tt.raw, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), Name) {
				t.Errorf("New(%v) error:\n%v\nwant it to name %s and contain %q", tt.raw, err, Name, tt.want)
			}
		})
	}
}

func TestFlagErrors(t *testing.T) {
	tests := []struct {
		name  string
		flags settings
		want  string
	}{
		{"spec flag", settings{"imports": settings{"spec": "x.yaml"}}, "set the spec with the spec or spec-inline setting"},
		{"unknown flag", settings{"imports": settings{"verbose": true}}, "imports.verbose: analyzer imports has no such flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			module(t, map[string]string{"boundaries.yaml": goodSpec})
			p, err := New(settings{"flags": tt.flags})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.BuildAnalyzers(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("BuildAnalyzers error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// stampName is the cache stamp's name for the text of boundaries.yaml,
// without a baseline, in a module without cycles or excluded files.
func stampName(spec string) string { return namedStamp("boundaries.yaml", spec) }

// namedStamp is stampName for a spec whose positions print as name.
func namedStamp(name, text string) string {
	spec, err := boundary.Parse(name, []byte(text), "example.com/shop")
	if err != nil {
		panic(err)
	}
	noneExcluded := sha256.Sum256(nil)
	return specStamp(suite.Binding{Spec: spec, Graph: &modscan.Graph{Excluded: hex.EncodeToString(noneExcluded[:])}}.Key()).Name
}

// TestApplyFlags sets flags of an analyzer that has some, with the scalar
// types YAML decodes to.
func TestApplyFlags(t *testing.T) {
	a := &analysis.Analyzer{Name: "imports"}
	strict := a.Flags.Bool("strict", false, "")
	limit := a.Flags.Int("limit", 0, "")
	mode := a.Flags.String("mode", "", "")
	s := Settings{Flags: map[string]map[string]any{"imports": {"strict": true, "limit": float64(3), "mode": "fast"}}}
	if err := s.applyFlags([]*analysis.Analyzer{a}); err != nil {
		t.Fatal(err)
	}
	if !*strict || *limit != 3 || *mode != "fast" {
		t.Errorf("flags strict=%v limit=%v mode=%q, want true 3 fast", *strict, *limit, *mode)
	}
	s.Flags["imports"] = map[string]any{"mode": []any{"a"}}
	if err := s.applyFlags([]*analysis.Analyzer{a}); err == nil || !strings.Contains(err.Error(), "must be a string, number or boolean") {
		t.Errorf("a list value: error %v, want one saying it must be a scalar", err)
	}
}

// TestBuildTagsReachTheGraph: the build-tags setting chooses the files of
// the module's import graph, which golangci-lint's run.build-tags cannot
// reach: a cycle through a file of the tag exists only with it, and the
// cache stamp changes with it.
func TestBuildTagsReachTheGraph(t *testing.T) {
	t.Setenv("GOFLAGS", "")
	module(t, map[string]string{
		"boundaries.yaml":   goodSpec,
		"orders/orders.go":  "package orders\n\nimport _ \"example.com/shop/payments\"\n",
		"payments/extra.go": "//go:build extra\n\npackage payments\n\nimport _ \"example.com/shop/orders\"\n",
	})
	imports := func(raw any) []string {
		p, err := New(raw)
		if err != nil {
			t.Fatal(err)
		}
		return p.(*Plugin).binding.Graph.Imports["example.com/shop/payments"]
	}
	if got := imports(settings{"build-tags": []any{"extra"}}); !slices.Contains(got, "example.com/shop/orders") {
		t.Errorf("with build-tags [extra], payments imports %q; want example.com/shop/orders, from extra.go", got)
	}
	if got := imports(nil); slices.Contains(got, "example.com/shop/orders") {
		t.Errorf("without build tags, payments imports %q; extra.go is not in the build", got)
	}
	tagged, plain := names(build(t, settings{"build-tags": []any{"extra"}})), names(build(t, nil))
	if slices.Equal(tagged, plain) {
		t.Errorf("the cache stamp %v is the same with and without the tag that opens a cycle", plain)
	}
	if _, err := New(settings{"build-tags": []any{"a,b"}}); err == nil || !strings.Contains(err.Error(), `build-tags: "a,b" is not one build tag`) {
		t.Errorf("New with build-tags [a,b]: err = %v; want it to ask for one tag per item", err)
	}
}
