// Package ignores defines an Analyzer that reports //boundarylint:ignore
// directives that silence nothing or give no reason.
//
// # Analyzer ignores
//
// ignores: report useless //boundarylint:ignore directives
//
// A directive silences boundarylint findings on its line, or on the next
// line when it stands alone. Once the finding is fixed, the directive would
// silently swallow the next violation on that line, so a directive that
// silences nothing is itself a finding:
//
//	import "example.com/monolith/internal/platform/db" //boundarylint:ignore legacy  // want "silences nothing"
//
// A directive must say why the exception is acceptable; one without a reason
// silences nothing and is reported:
//
//	//boundarylint:ignore
//
// The analyzer runs the rule analyzers it is built from and counts the
// directives each of them used.
package ignores

import (
	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
)

// Analyzer checks directives against the flag-configured rule analyzers.
var Analyzer = New(imports.Analyzer)

// New returns an ignores analyzer that counts the directives used by rules,
// each of which must return a *suppress.Result.
func New(rules ...*analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "ignores",
		Doc:      "report //boundarylint:ignore directives that silence nothing or give no reason",
		URL:      "https://pkg.go.dev/github.com/boundarylint/boundarylint/analyzers/ignores",
		Requires: rules,
		Run: func(pass *analysis.Pass) (any, error) {
			return nil, run(pass, rules)
		},
	}
}

func run(pass *analysis.Pass, rules []*analysis.Analyzer) error {
	used := map[any]bool{}
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
