package ignores

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/config"
	"github.com/boundarylint/boundarylint/analyzers/ctxstate"
	"github.com/boundarylint/boundarylint/analyzers/endpoints"
	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/internal/analyzerdoc"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/analyzers/remote"
	"github.com/boundarylint/boundarylint/analyzers/tx"
	"github.com/boundarylint/boundarylint/finding"
)

//go:embed doc.go
var doc string

// Analyzer checks directives against the flag-configured rule analyzers.
// Its list is the suite (package suite: what every front end runs, in the
// order findings report): adding a rule is adding its Analyzer here.
var Analyzer = New(imports.Analyzer, config.Analyzer, tx.Analyzer, ctxstate.Analyzer, remote.Analyzer, endpoints.Analyzer)

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
	attach := false
	component := "" // the package's, as the rules' spec says
	var results []ruleResult
	for _, rule := range rules {
		if r, ok := pass.ResultOf[rule].(*suppress.Result); ok && r != nil {
			for pos := range r.Used {
				used[pos] = true
			}
			attach = attach || r.Findings
			component = cmp.Or(component, r.Component)
			results = append(results, ruleResult{rule.Name, r})
		}
	}
	for _, d := range suppress.Directives(pass) {
		f := finding.Finding{FromComponent: component, Subject: finding.Subject{Kind: finding.SubjectDirective, Name: d.Reason}}
		var fixes []analysis.SuggestedFix
		switch {
		case d.Reason == "":
			f.Rule, f.Message = finding.IgnoresNoReason, "//boundarylint:ignore needs a reason, as in //boundarylint:ignore legacy job, removed in PAY-123"
		case !used[d.Pos]:
			f.Rule, f.Message = finding.IgnoresUnused, fmt.Sprintf("//boundarylint:ignore silences nothing on line %d; remove it", d.Line)
			if d.Removal.Pos.IsValid() {
				fixes = []analysis.SuggestedFix{{Message: "remove the unused directive", TextEdits: []analysis.TextEdit{d.Removal}}}
			}
		default:
			continue
		}
		suppress.Emit(pass, d.Pos, token.NoPos, f, attach, fixes...)
	}
	checkStale(pass, results, component, attach)
	return nil
}
