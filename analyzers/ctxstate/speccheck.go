package ctxstate

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// checkKeyClaims reports, in the package they name, owns.context claims
// that name no package-level type, variable or constant: a misspelt claim
// would otherwise leave the key free for everyone. The spec loader checks
// that the package exists; only its code can tell whether the name does.
func (c *checker) checkKeyClaims() {
	path := c.pass.Pkg.Path()
	rel, _ := c.spec.Rel(path)
	if len(c.pass.Files) == 0 || strings.HasSuffix(path, "_test") {
		return
	}
	for _, comp := range c.spec.Components {
		for _, k := range comp.Owns.Context {
			if k.Package == "" || k.Package != rel {
				continue
			}
			switch c.pass.Pkg.Scope().Lookup(k.Name).(type) {
			case *types.TypeName, *types.Var, *types.Const:
				continue
			}
			f := finding.Finding{Rule: finding.CtxstateSpec, ToComponent: comp.Name,
				Subject: finding.Subject{Kind: finding.SubjectSpec, Name: k.String()}, SpecPos: suppress.SpecPos(k.Pos)}
			c.reportf(suppress.PackageClause(c.pass).Pos(), f, "context key claim %s of component %s (%s) names no type, variable or constant of package %s; fix the claim",
				k, comp.Name, k.Pos, c.pass.Pkg.Name())
		}
	}
}

// reportKeysUsed tells drivers which owns.context claims decide the owners
// of the keys the package reads or sets directly, whoever does, for the
// whole-module ctxstate/unused-claim rule (see suppress.Reporter.ClaimsUsed).
func (c *checker) reportKeysUsed() {
	if !c.report.Findings() {
		return
	}
	used := map[boundary.Pos]bool{}
	for _, file := range c.pass.Files {
		c.direct(file, func(call *ast.CallExpr, fn *types.Func) {
			if k, _, ok := c.keyAccess(call, fn); ok {
				var o boundary.Ownership
				if k.obj == nil {
					o = c.spec.OwnerOfStringKey(k.str) // a claim or nothing
				} else {
					o = c.spec.OwnerOfContextKey(strings.TrimSuffix(k.obj.Pkg().Path(), "_test"), k.obj.Name())
				}
				if o.Owner != nil {
					for _, claim := range o.Owner.Owns.Context {
						if claim.Pos == o.Claim.Pos { // a claim, not the package pattern of the key's home
							used[o.Claim.Pos] = true
						}
					}
				}
			}
		})
	}
	c.report.ClaimsUsed(finding.CtxstateUnusedClaim, used, nil) // context keys have no shared declarations
}
