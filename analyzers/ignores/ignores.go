package ignores

import (
	_ "embed"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/config"
	"github.com/boundarylint/boundarylint/analyzers/ctxstate"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/internal/analyzerdoc"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/analyzers/tx"
)

//go:embed doc.go
var doc string

// Analyzer checks directives against the flag-configured rule analyzers.
var Analyzer = New(imports.Analyzer, config.Analyzer, tx.Analyzer, ctxstate.Analyzer)

// New returns an ignores analyzer that counts the directives used by rules,
// each of which must return a *suppress.Result.
func New(rules ...*analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "ignores",
		Doc:      analyzerdoc.Extract(doc, "ignores"),
		URL:      "https://pkg.go.dev/github.com/boundarylint/boundarylint/analyzers/ignores",
		Requires: rules,
		Run: func(pass *analysis.Pass) (any, error) {
			return nil, run(pass, rules)
		},
	}
}

func run(pass *analysis.Pass, rules []*analysis.Analyzer) error {
	used := map[token.Pos]bool{}
	for _, rule := range rules {
		if r, ok := pass.ResultOf[rule].(*suppress.Result); ok && r != nil {
			for pos := range r.Used {
				used[pos] = true
			}
		}
	}
	for _, d := range suppress.Directives(pass) {
		switch {
		case d.Reason == "":
			pass.Reportf(d.Pos, "//boundarylint:ignore needs a reason, as in //boundarylint:ignore legacy job, removed in PAY-123")
		case !used[d.Pos]:
			pass.Reportf(d.Pos, "//boundarylint:ignore silences nothing on line %d; remove it", d.Line)
		}
	}
	return nil
}
