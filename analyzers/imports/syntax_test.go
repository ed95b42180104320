package imports_test

import (
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/internal/fixture"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/modscan"
)

// TestSyntaxTierSameFindings: the syntax tier, which reads no types and no
// facts, reports on every fixture exactly what the typed analyzer reports,
// position and message alike, chains through third-party code included.
func TestSyntaxTierSameFindings(t *testing.T) {
	// The fixture is a GOPATH tree: the go command that lists the
	// third-party packages an isolated component reaches must see it so.
	t.Setenv("GOPATH", analysistest.TestData())
	t.Setenv("GO111MODULE", "off")
	t.Setenv("GOFLAGS", "")
	for _, tc := range []struct {
		spec, module string
		patterns     []string
	}{
		{"boundaries.yaml", "example.com/mono", []string{"example.com/mono/..."}},
		{"boundaries_other.yaml", "example.com/other", []string{"example.com/other/..."}},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			spec := fixture.Spec(t, tc.spec, "")
			root := filepath.Join(analysistest.TestData(), "src", filepath.FromSlash(tc.module))
			m, err := modscan.ReadModule(root, tc.module, modscan.NewBuild(""), token.NewFileSet())
			if err != nil {
				t.Fatal(err)
			}
			want := diagnostics(t, fixture.Bind(imports.Analyzer, spec), tc.patterns)
			if len(want) == 0 {
				t.Fatal("the typed analyzer found nothing: the comparison would prove nothing")
			}
			got := diagnostics(t, imports.NewSyntax(suite.Binding{Spec: spec}, m), tc.patterns)
			for _, d := range want {
				if !slices.Contains(got, d) {
					t.Errorf("missing from the syntax tier: %s", d)
				}
			}
			for _, d := range got {
				if !slices.Contains(want, d) {
					t.Errorf("only in the syntax tier: %s", d)
				}
			}
		})
	}
}

// diagnostics runs a on the packages and returns its diagnostics as
// "file:line:col: [category] message", sorted, each once (a package and
// its test variant report the same).
func diagnostics(t *testing.T, a *analysis.Analyzer, patterns []string) []string {
	t.Helper()
	var out []string
	for _, r := range analysistest.Run(silent{t}, analysistest.TestData(), a, patterns...) {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Pass.Pkg.Path(), r.Err)
		}
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s:%d:%d: [%s] %s", filepath.Base(p.Filename), p.Line, p.Column, d.Category, d.Message))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// silent drops analysistest's checks of // want comments, which this test
// replaces with a comparison; the other tests hold each analyzer to them.
type silent struct{ testing.TB }

func (silent) Errorf(string, ...any) {}
