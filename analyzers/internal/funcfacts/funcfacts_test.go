package funcfacts_test

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
)

type mark struct{}

func (*mark) AFact()         {}
func (*mark) String() string { return "marked" }

type marks struct{ Methods []funcfacts.Entry[*mark] }

func (*marks) AFact()                               {}
func (t *marks) Entries() *[]funcfacts.Entry[*mark] { return &t.Methods }
func (t *marks) String() string                     { return funcfacts.String[*mark](t) }

// marker marks every function and method and reports, at each static call
// in the package, whether it found the callee's mark.
var marker = &analysis.Analyzer{
	Name:      "marker",
	Doc:       "marks functions",
	FactTypes: []analysis.Fact{new(mark), new(marks)},
	Run: func(pass *analysis.Pass) (any, error) {
		if strings.HasSuffix(pass.Pkg.Path(), ".test") {
			return nil, nil // the generated test main
		}
		facts := funcfacts.New(pass, func() *mark { return new(mark) }, func() funcfacts.Table[*mark] { return new(marks) })
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					facts.Export(pass.TypesInfo.Defs[fd.Name].(*types.Func), new(mark))
				}
			}
		}
		facts.Finish()
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				var id *ast.Ident
				switch fun := call.Fun.(type) {
				case *ast.Ident:
					id = fun
				case *ast.SelectorExpr:
					id = fun.Sel
				}
				if fn, ok := pass.TypesInfo.Uses[id].(*types.Func); ok {
					_, found := facts.Import(fn)
					pass.Reportf(call.Pos(), "calls %s, fact: %v", fn.Name(), found)
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestFacts pins what travels: a function's fact as an object fact, a
// method's in its package's table, found by direct importers and by the
// package itself; nothing for unexported functions or a command's; and
// the documented price, no fact for a method of a package the caller does
// not import.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), marker, "a", "b", "c", "command")
}
