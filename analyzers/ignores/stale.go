package ignores

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/finding"
)

// ruleResult is what one rule analyzer reported about the package.
type ruleResult struct {
	analyzer string
	*suppress.Result
}

// checkStale reports the baseline entries of the package that its rules
// matched fewer findings than recorded: go vet and golangci-lint see one
// package at a time, so each package reports its own. An entry counts
// against the analyzer whose rule it names, with that analyzer's budget.
func checkStale(pass *analysis.Pass, results []ruleResult, component string, attach bool) {
	path := pass.Pkg.Path()
	if len(pass.Files) == 0 || strings.HasSuffix(path, ".test") {
		return
	}
	checkedVariant := false
	for _, r := range results {
		for _, s := range r.Budget.Stale(func(k finding.Key) bool { return k.FromPackage == path && ruleOf(k.Rule) == r.analyzer }) {
			if !checkedVariant {
				if lacksTests(pass) {
					return // the test variant of the package reports, seeing every finding
				}
				checkedVariant = true
			}
			f := s.Finding(r.Baseline)
			f.FromComponent = component
			suppress.Emit(pass, suppress.PackageClause(pass).Pos(), token.NoPos, f, attach)
		}
	}
}

func ruleOf(id string) string {
	r, _ := finding.Lookup(id)
	return r.Analyzer
}

// lacksTests reports whether the pass is the variant of a package without
// its in-package _test.go files while the package has some: findings in
// those files are missing here, so its entries would look stale. Drivers
// that analyse both variants (the x/tools checker does) then hear about
// stale entries from the test variant alone; go vet analyses only that one.
func lacksTests(pass *analysis.Pass) bool {
	var dir string
	for _, f := range pass.Files {
		name := pass.Fset.File(f.FileStart).Name()
		if strings.HasSuffix(name, "_test.go") {
			return false
		}
		dir = filepath.Dir(name)
	}
	tests, _ := filepath.Glob(filepath.Join(dir, "*_test.go"))
	for _, t := range tests {
		f, err := parser.ParseFile(token.NewFileSet(), t, nil, parser.PackageClauseOnly)
		if err == nil && f.Name.Name == pass.Pkg.Name() {
			return true
		}
	}
	return false
}
