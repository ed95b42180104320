package plugin

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

func buildSyntax(t *testing.T, raw any) []*analysis.Analyzer {
	t.Helper()
	p, err := NewSyntax(raw)
	if err != nil {
		t.Fatalf("NewSyntax: %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeSyntax {
		t.Errorf("GetLoadMode() = %q, want %q: --fast-only would leave the linter out", got, register.LoadModeSyntax)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	return as
}

// TestSyntaxTierRegistered: boundarylint-imports is a linter of its own,
// in syntax mode, running the imports analyzer alone (no facts: golangci-lint
// loads no dependencies for it) and its cache stamp.
func TestSyntaxTierRegistered(t *testing.T) {
	if _, err := register.GetPlugin(SyntaxName); err != nil {
		t.Fatal(err)
	}
	module(t, map[string]string{"boundaries.yaml": goodSpec})
	as := buildSyntax(t, nil)
	if got := names(as); len(got) != 2 || got[0] != "imports" || !strings.HasPrefix(got[1], "spec_") {
		t.Fatalf("analyzers = %v, want imports and the stamp", got)
	}
	if len(as[0].FactTypes) > 0 || len(as[0].Requires) > 0 {
		t.Errorf("the syntax tier's analyzer has facts %v or requirements %v; syntax mode loads neither", as[0].FactTypes, as[0].Requires)
	}
}

// TestSyntaxTierStampFollowsImports: in syntax mode golangci-lint keys a
// package's cached result on its own files, so an import added anywhere
// in the module (which can close a cycle or a chain) must change the
// stamp.
func TestSyntaxTierStampFollowsImports(t *testing.T) {
	root := module(t, map[string]string{"boundaries.yaml": goodSpec})
	before := stamp(buildSyntax(t, nil))
	if err := os.WriteFile(filepath.Join(root, "orders", "orders.go"), []byte("package orders\n\nimport _ \"example.com/shop/payments\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	shared.forget() // a golangci-lint process reads the module once; this test stands for the next run
	if after := stamp(buildSyntax(t, nil)); after == before {
		t.Errorf("the stamp %s did not change when orders started importing payments", after)
	}
}

func TestSyntaxTierSettingErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		raw  any
		want string
	}{
		{"analyzers", settings{"analyzers": []any{"imports"}}, "runs the import rules only"},
		{"flags", settings{"flags": settings{"imports": settings{}}}, "runs the import rules only"},
		{"unknown key", settings{"sepc": "x"}, `unknown field "sepc"`},
		{"missing spec", settings{"spec": "nope.yaml"}, "nope.yaml"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			module(t, map[string]string{"boundaries.yaml": goodSpec})
			if _, err := NewSyntax(tt.raw); err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), SyntaxName) {
				t.Errorf("NewSyntax(%v) error = %v, want one naming %s and containing %q", tt.raw, err, SyntaxName, tt.want)
			}
		})
	}
}

// TestImportsLeftToSyntaxTier: with imports left out of analyzers (because
// boundarylint-imports reports them), ignores still counts the
// directives the import rules use, through an imports analyzer that is
// its requirement and not one of the analyzers golangci-lint reports.
func TestImportsLeftToSyntaxTier(t *testing.T) {
	module(t, map[string]string{"boundaries.yaml": goodSpec})
	as := build(t, settings{"analyzers": []any{"config", "ignores"}})
	if got := names(as); !slices.Equal(got[:2], []string{"config", "ignores"}) || len(got) != 3 {
		t.Fatalf("analyzers = %v, want config, ignores and the stamp", got)
	}
	if got := names(as[1].Requires); !slices.Equal(got, []string{"config", "imports"}) {
		t.Errorf("ignores requires %v, want config and imports", got)
	}
}

// TestStartupShared: the two linters of one golangci-lint process check
// the spec and read the module once between them.
func TestStartupShared(t *testing.T) {
	module(t, map[string]string{"boundaries.yaml": goodSpec})
	shared.forget()
	typed, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	syntax, err := NewSyntax(nil)
	if err != nil {
		t.Fatal(err)
	}
	if typed.(*Plugin).binding.Graph == nil || syntax.(*SyntaxPlugin).module == nil {
		t.Fatal("a linter read no module")
	}
	if got, want := syntax.(*SyntaxPlugin).module.Dir, typed.(*Plugin).binding.Graph.Root; got != want {
		t.Fatalf("modules of %s and %s", got, want)
	}
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if len(shared.modules) != 1 || len(shared.checks) != 1 {
		t.Errorf("%d module reads and %d spec checks for one module and one spec, want 1 and 1", len(shared.modules), len(shared.checks))
	}
}

// forget drops what was read: the files may have changed since (for tests,
// which stand for several golangci-lint runs in one process).
func (s *startup) forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.checks, s.modules = nil, nil
}
