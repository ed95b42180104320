package config

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/boundarylint/boundarylint/analyzers/internal/constfold"
	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
	"github.com/boundarylint/boundarylint/analyzers/internal/specsource"
	"github.com/boundarylint/boundarylint/analyzers/internal/stdlib"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

//go:embed doc.go
var doc string

// Analyzer reports reads and writes of another component's environment
// variables, config keys and config-struct fields. It applies the spec its
// -spec flag names, else $BOUNDARYLINT_SPEC, else boundaries.yaml above the
// package; suite.Bind binds it to a loaded spec.
var Analyzer = specsource.Def{Name: "config", Doc: doc, FactTypes: []analysis.Fact{new(getterFact), new(methodGetters)}, Run: specsource.Pass(run)}.Analyzer()

// checker carries what every check needs about the package being analysed.
type checker struct {
	pass   *analysis.Pass
	spec   *boundary.Spec
	comp   *boundary.Component // the reading component
	report *suppress.Reporter
	roots  map[string]bool            // "importpath.Type" of every type a field claim starts at
	seen   map[*ast.CompositeLit]bool // literals already checked as part of an outer one
	fold   *constfold.Folder
	infer  *inference
	// used collects the claims that decide the owners of what the package
	// reads and writes, for drivers (nil when no driver asks). quiet: the
	// package may read anything, so it is only looked at for used.
	// shadowed: the owned claims shared declarations took names from
	// (suppress.NoteShadowed), with used.
	used     map[boundary.Pos]bool
	shadowed map[[2]boundary.Pos]bool
	quiet    bool
}

func run(pass *analysis.Pass, src *specsource.Source) (any, error) {
	if stdlib.Contains(pass) {
		// the standard library has no getter of a monolith's settings
		return suppress.NewReporter(pass, suppress.Config{}).Result(), nil
	}
	fold := constfold.New(pass.TypesInfo, pass.Files)
	getters := funcfacts.New(pass, func() *getterFact { return new(getterFact) }, func() funcfacts.Table[*getterFact] { return new(methodGetters) })
	infer := newInference(pass.TypesInfo, pass.Files, fold, func(fn *types.Func) *getterFact {
		if f, ok := getters.Import(fn); ok {
			return f
		}
		return nil
	})
	exportGetters(getters, infer)
	report, spec, err := src.Open(pass)
	if spec == nil || err != nil {
		return report.Result(), err // without a spec, a dependency outside any spec'd module
	}
	comp := spec.ComponentOf(specsource.PackagePath(pass))
	c := &checker{pass: pass, spec: spec, comp: comp, report: report, roots: fieldRoots(spec), seen: map[*ast.CompositeLit]bool{},
		fold: fold, infer: infer}
	c.checkSpecEntries()
	_, inModule := spec.Rel(specsource.PackagePath(pass))
	if report.Findings() && inModule {
		c.used, c.shadowed = map[boundary.Pos]bool{}, map[[2]boundary.Pos]bool{}
	}
	if comp == nil || spec.IsConfigReader(comp) {
		if c.used == nil {
			return report.Result(), nil // unclaimed packages and composition roots may read anything
		}
		c.quiet = true
	}
	// The inspector is built here, not required from inspect.Analyzer, so
	// that go vet does not build one for every dependency it visits only
	// for facts, where config has nothing to check.
	c.inspect(inspector.New(pass.Files))
	report.ClaimsUsed(finding.ConfigUnusedClaim, c.used, c.shadowed)
	return report.Result(), nil
}

// inspect hands each node that can touch configuration to its check.
func (c *checker) inspect(in *inspector.Inspector) {
	nodes := []ast.Node{(*ast.CallExpr)(nil), (*ast.StructType)(nil)}
	if len(c.roots) > 0 {
		nodes = append(nodes, (*ast.SelectorExpr)(nil), (*ast.CompositeLit)(nil))
	}
	for cur := range in.Root().Preorder(nodes...) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.checkCall(n)
		case *ast.StructType:
			c.checkTags(n)
		case *ast.SelectorExpr:
			c.checkSelector(cur)
		case *ast.CompositeLit:
			if !c.seen[n] {
				c.checkLiteral(n, nil)
			}
		}
	}
}

// foreign reports whether configuration that owner owns is off limits to
// the checked component: owned by another component that it does not wire
// as a composition root.
func (c *checker) foreign(owner *boundary.Component) bool {
	return !c.quiet && owner != nil && owner != c.comp && !c.spec.Wires(c.comp, owner)
}

// use records the claim that decides o, for drivers.
func (c *checker) use(o boundary.Ownership) {
	if c.used != nil && o.Owner != nil {
		c.used[o.Claim.Pos] = true
	}
	suppress.NoteShadowed(c.shadowed, o)
}

// checkKey reports a key of the given kind that another component owns.
// via, when not empty, says how the key is read ("through struct tag ...").
func (c *checker) checkKey(pos token.Pos, kind boundary.AccessKind, verb, key, via string) {
	what, o := "env", c.spec.OwnerOfEnv(key)
	if kind == boundary.ConfigKey {
		what, o = "config key", c.spec.OwnerOfConfig(key)
	}
	c.use(o)
	below := ""
	if kind == boundary.ConfigKey && o.Owner == nil && !o.Shared {
		for _, b := range c.spec.OwnersBelowConfig(key) {
			c.use(b)
			if c.foreign(b.Owner) {
				o, below = b, fmt.Sprintf(" (which holds %s)", b.Claim.Pattern)
				break
			}
		}
	}
	if !c.foreign(o.Owner) {
		return
	}
	if via != "" {
		via = " " + via
	}
	c.reportf(pos, keyFinding(kind, verb, key, o), "%s %s %s %s%s%s, owned by component %s (%s); ask %s through its API or move the setting",
		c.comp.Name, verb, what, key, below, via, o.Owner.Name, o.Claim.Pos, o.Owner.Name)
}

// checkPrefix checks a key built at run time from a constant prefix whose
// every extension one component owns ("STRIPE_" + name under STRIPE_*). It
// reports whether the prefix decided the owner.
func (c *checker) checkPrefix(pos token.Pos, k keyArg, prefix string) bool {
	what, o := "env", c.spec.OwnerOfEnvPrefix(prefix)
	if k.kind == boundary.ConfigKey {
		what, o = "config key", c.spec.OwnerOfConfigPrefix(prefix)
	}
	if o.Owner == nil {
		return false
	}
	c.use(o)
	if c.foreign(o.Owner) {
		c.reportf(pos, keyFinding(k.kind, k.verb, prefix+"...", o), "%s %s %s %s... (built at run time), owned by component %s (%s); ask %s through its API or move the setting",
			c.comp.Name, k.verb, what, prefix, o.Owner.Name, o.Claim.Pos, o.Owner.Name)
	}
	return true
}

// unverifiable reports a key built at run time in a component whose spec
// entry sets strict_config.
func (c *checker) unverifiable(pos token.Pos, kind boundary.AccessKind, verb, via string) {
	if c.quiet || !c.comp.StrictConfig {
		return
	}
	what := "env"
	if kind == boundary.ConfigKey {
		what = "config key"
	}
	f := finding.Finding{Rule: finding.ConfigUnverifiable, Subject: finding.Subject{Kind: subjectKind(kind), Name: via},
		SpecPos: suppress.SpecPos(c.comp.StrictConfigPos), Write: verb == "writes"}
	c.reportf(pos, f, "unverifiable config key: %s %s %s through %s with a key built at run time; component %s sets strict_config (%s), so use a constant key",
		c.comp.Name, verb, what, via, c.comp.Name, c.comp.StrictConfigPos)
}

// reportf reports f at pos, with the message format gives.
func (c *checker) reportf(pos token.Pos, f finding.Finding, format string, args ...any) {
	f.FromComponent = suppress.ComponentName(c.comp)
	f.Message = fmt.Sprintf(format, args...)
	c.report.Report(pos, token.NoPos, f)
}

// keyFinding is a finding about an env var or config key o owns, which
// the code reads or writes (verb).
func keyFinding(kind boundary.AccessKind, verb, key string, o boundary.Ownership) finding.Finding {
	rule := finding.ConfigEnv
	if kind == boundary.ConfigKey {
		rule = finding.ConfigKey
	}
	return finding.Finding{Rule: rule, ToComponent: o.Owner.Name, Subject: finding.Subject{Kind: subjectKind(kind), Name: key},
		SpecPos: suppress.SpecPos(o.Claim.Pos), Write: verb == "writes"}
}

func subjectKind(kind boundary.AccessKind) finding.SubjectKind {
	if kind == boundary.ConfigKey {
		return finding.SubjectConfig
	}
	return finding.SubjectEnv
}

// rel prints an import path the way the spec writes it.
func (c *checker) rel(path string) string {
	if r, ok := c.spec.Rel(path); ok && r != "." {
		return r
	}
	return path
}
