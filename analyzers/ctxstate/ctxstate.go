package ctxstate

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/place"
	"github.com/boundarylint/boundarylint/analyzers/internal/specsource"
	"github.com/boundarylint/boundarylint/analyzers/internal/stdlib"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

//go:embed doc.go
var doc string

// Analyzer reports reads and writes of another component's context values
// and package state. It applies the spec its -spec flag names, else
// $BOUNDARYLINT_SPEC, else boundaries.yaml above the package; suite.Bind
// binds it to a loaded spec.
var Analyzer = specsource.Def{Name: "ctxstate", Doc: doc, FactTypes: []analysis.Fact{new(keyFact), new(writtenFact), new(setsFact)}, Run: specsource.Pass(run)}.Analyzer()

// checker carries what every check needs about the package being analysed.
type checker struct {
	pass   *analysis.Pass
	spec   *boundary.Spec // nil while only facts are computed
	comp   *boundary.Component
	report *suppress.Reporter
	facts  map[*types.Func]*keyFact // imported facts, memoised (nil: none)

	local    map[*types.Func]*function // the package's functions, while summarised
	closures map[*ast.FuncLit]*closure // the function literals a function may return, scanned on first use
	ownSets  map[string]string         // string keys the package sets, and where
	setters  map[string][]setter       // string keys its imports set, read on first use
}

func run(pass *analysis.Pass, src *specsource.Source) (any, error) {
	if stdlib.Contains(pass) {
		// the standard library owns no component's keys or state
		return suppress.NewReporter(pass, suppress.Config{}).Result(), nil
	}
	report, spec, err := src.Open(pass)
	if err != nil {
		return report.Result(), err
	}
	c := &checker{pass: pass, report: report, facts: map[*types.Func]*keyFact{}, closures: map[*ast.FuncLit]*closure{}}
	c.summarise()
	c.exportWritten()
	c.collectStringSets()
	if spec == nil {
		return report.Result(), nil // a dependency outside any spec'd module: facts only
	}
	path := specsource.PackagePath(pass)
	if _, inModule := spec.Rel(path); !inModule {
		return report.Result(), nil
	}
	c.spec, c.comp = spec, spec.ComponentOf(path)
	c.checkKeyClaims()
	c.reportKeysUsed()
	if c.comp == nil {
		return report.Result(), nil // unclaimed code is unconstrained
	}
	c.checkContext()
	c.checkState()
	return report.Result(), nil
}

// wires reports whether the checked component may use d's context values
// and state as its own: it is a composition root that wires d.
func (c *checker) wires(d *boundary.Component) bool {
	return c.spec.Wires(c.comp, d)
}

// ownerOfKey returns the owner of a key ("import/path.Name") when it is a
// component other than the checked one that the checked one does not wire.
func (c *checker) ownerOfKey(id string) boundary.Ownership {
	var o boundary.Ownership
	if name, ok := stringKey(id); ok {
		o = c.ownerOfString(name)
	} else {
		i := strings.LastIndexByte(id, '.')
		o = c.spec.OwnerOfContextKey(strings.TrimSuffix(id[:i], "_test"), id[i+1:])
	}
	if o.Owner == c.comp || c.wires(o.Owner) {
		return boundary.Ownership{}
	}
	return o
}

// checkContext reports reads and writes of another component's context
// keys: direct, through a carrier, and through calls of functions declared
// outside the component whose facts say they hand out the value of one
// (an accessor) or return a handler that sets one (a middleware
// constructor). A setter (setsFor) is not reported: the context it sets
// goes back to the code its caller passes it to.
func (c *checker) checkContext() {
	for _, file := range c.pass.Files {
		c.direct(file, func(call *ast.CallExpr, fn *types.Func) {
			if k, set, ok := c.keyAccess(call, fn); ok {
				if o := c.ownerOfKey(k.String()); o.Owner != nil {
					c.reportKey(call.Pos(), k.String(), set, o, "")
				}
				return
			}
			if fn == nil || c.sameComponent(fn.Pkg()) {
				return
			}
			if fact := c.keyFact(fn); fact != nil {
				for _, u := range fact.Uses {
					if o := c.ownerOfKey(u.Key); o.Owner != nil && u.Kind != setsFor {
						c.reportKey(call.Pos(), u.Key, u.Kind == middleware, o, fmt.Sprintf(", through %s (%s)", typenames.FuncName(fn), place.Rel(c.spec, u.At)))
					}
				}
			}
		})
	}
}

func (c *checker) reportKey(pos token.Pos, k string, set bool, o boundary.Ownership, through string) {
	verb, what, rule := "reads", "nothing sets it in "+c.comp.Name, finding.CtxstateContextRead
	switch {
	case set && through != "":
		verb, what, rule = "sets", "the code of "+o.Owner.Name+" that sets it no longer runs in "+c.comp.Name, finding.CtxstateContextWrite
	case set:
		verb, what, rule = "sets", o.Owner.Name+" no longer sees it", finding.CtxstateContextWrite
	}
	f := other(rule, finding.SubjectContextKey, k, o.Owner, o.Claim.Pos)
	owner := o.Claim.Pos.String()
	if at, ok := strings.CutPrefix(o.Claim.Pattern, "set at "); ok {
		owner = "which sets it at " + at + "; " + owner // a string key nobody claims
	}
	c.reportf(pos, f, "%s %s context value %s, owned by component %s (%s)%s; after extraction %s: pass the value explicitly or propagate it as a request header",
		c.comp.Name, verb, c.relKey(k), o.Owner.Name, owner, through, what)
}

// checkState reports writes of another component's package variables, and
// reads of its mutable ones that it writes after initialisation.
func (c *checker) checkState() {
	c.varUses(func(u varUse) {
		d := c.otherComponent(u.v.Pkg())
		if d == nil {
			return
		}
		id := u.v.Pkg().Path() + "." + u.v.Name()
		name := c.relKey(id)
		if u.write {
			c.reportf(u.id.Pos(), other(finding.CtxstateStateWrite, finding.SubjectVariable, id, d, d.Pos), "%s writes %s, a package variable of component %s (%s); after extraction the two processes no longer share it: call %s through its API or keep the setting in %s",
				c.comp.Name, name, d.Name, d.Pos, d.Name, c.comp.Name)
			return
		}
		var w writtenFact
		if mutable(u.v.Type()) && c.pass.ImportObjectFact(u.v, &w) {
			c.reportf(u.id.Pos(), other(finding.CtxstateStateRead, finding.SubjectVariable, id, d, d.Pos), "%s reads %s, state of component %s that it changes at run time (%s; %s); after extraction %s sees its own copy: ask %s through its API",
				c.comp.Name, name, d.Name, place.Rel(c.spec, w.At), d.Pos, c.comp.Name, d.Name)
		}
	})
}

// sameComponent reports whether pkg is part of the checked component.
func (c *checker) sameComponent(pkg *types.Package) bool {
	return pkg != nil && c.spec.ComponentOf(strings.TrimSuffix(pkg.Path(), "_test")) == c.comp
}

// otherComponent returns the component of pkg when it is a component other
// than the checked one that is not shared, else nil.
func (c *checker) otherComponent(pkg *types.Package) *boundary.Component {
	if pkg == nil {
		return nil
	}
	d := c.spec.ComponentOf(strings.TrimSuffix(pkg.Path(), "_test"))
	if d == nil || d == c.comp || d.Shared || c.wires(d) {
		return nil
	}
	return d
}

// reportf reports f at pos, with the message format gives.
func (c *checker) reportf(pos token.Pos, f finding.Finding, format string, args ...any) {
	f.FromComponent = suppress.ComponentName(c.comp)
	f.Write = f.Rule == finding.CtxstateContextWrite || f.Rule == finding.CtxstateStateWrite
	f.Message = fmt.Sprintf(format, args...)
	c.report.Report(pos, token.NoPos, f)
}

// other is a finding of rule about a key or variable id
// ("import/path.Name") of component d, which claims it at claim.
func other(rule string, kind finding.SubjectKind, id string, d *boundary.Component, claim boundary.Pos) finding.Finding {
	pkg := ""
	if _, ok := stringKey(id); !ok {
		pkg = id[:strings.LastIndexByte(id, '.')]
	}
	return finding.Finding{Rule: rule, ToComponent: d.Name, ToPackage: strings.TrimSuffix(pkg, "_test"),
		Subject: finding.Subject{Kind: kind, Name: id}, SpecPos: suppress.SpecPos(claim)}
}

// relKey prints a key or variable ("import/path.Name") with a
// module-relative path.
func (c *checker) relKey(id string) string {
	if name, ok := stringKey(id); ok {
		return strconv.Quote(name)
	}
	i := strings.LastIndexByte(id, '.')
	return place.RelPath(c.spec, id[:i]) + id[i:]
}
