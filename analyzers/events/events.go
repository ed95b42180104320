package events

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundarylint/boundarylint/analyzers/internal/constfold"
	"github.com/boundarylint/boundarylint/analyzers/internal/funcfacts"
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

// Analyzer applies the spec named by its -spec flag, by $BOUNDARYLINT_SPEC, or
// found by walking up from each package's directory; suite.Bind binds it
// to a loaded spec.
var Analyzer = specsource.Def{Name: "events", Doc: doc, FactTypes: []analysis.Fact{new(busFact), new(constFact), new(methodBuses), new(methodConsts)}, Run: specsource.Pass(run)}.Analyzer()

// busFact marks a function that publishes or subscribes to the topic its
// parameter Topic names: a wrapper around a broker client (or around
// another wrapper), whose callers name the topic.
type busFact struct {
	Uses []BusUse
}

// BusUse is one way a function uses its topic parameter.
type BusUse struct {
	Kind    string // finding.EventKind
	Topic   int    // the parameter, counting from 0
	Library string
	// Method, when set, is the method of the parameter (a typed event)
	// whose result is the topic: Dispatch(e Event) publishes to e.Name().
	Method string
}

// constFact marks a function or method whose result is one constant
// string: the Name() of a typed event, which names its topic.
type constFact struct {
	Value string
}

func (*constFact) AFact() {}

func (f *constFact) String() string { return fmt.Sprintf("const %q", f.Value) }

func (*busFact) AFact() {}

// methodBuses and methodConsts are the package facts that carry the
// busFacts and constFacts of the package's methods (see funcfacts: a fact
// about a method would be copied into every dependent package's fact
// file).
type (
	methodBuses  struct{ Methods []funcfacts.Entry[*busFact] }
	methodConsts struct{ Methods []funcfacts.Entry[*constFact] }
)

func (*methodBuses) AFact()  {}
func (*methodConsts) AFact() {}

func (t *methodBuses) Entries() *[]funcfacts.Entry[*busFact]    { return &t.Methods }
func (t *methodConsts) Entries() *[]funcfacts.Entry[*constFact] { return &t.Methods }

func (t *methodBuses) String() string  { return funcfacts.String[*busFact](t) }
func (t *methodConsts) String() string { return funcfacts.String[*constFact](t) }

func (f *busFact) String() string {
	var parts []string
	for _, u := range f.Uses {
		m := ""
		if u.Method != "" {
			m = "." + u.Method + "()"
		}
		parts = append(parts, fmt.Sprintf("%s %s topic %d%s", u.Library, u.Kind, u.Topic, m))
	}
	return "bus(" + strings.Join(parts, ", ") + ")"
}

// checker carries what every check needs about the package being analysed.
type checker struct {
	pass   *analysis.Pass
	spec   *boundary.Spec // nil for a dependency outside the module: facts only
	comp   *boundary.Component
	report *suppress.Reporter
	fold   *constfold.Folder
	writes map[*types.Var][]ast.Expr // built on first use
	params map[*types.Var]bool       // the parameters of the function being read, its literals' too
	local  map[*types.Func]*busFact  // the package's wrappers
	// allParams names the function of each parameter of the package,
	// built on first use.
	allParams map[*types.Var]*types.Func
	consts    map[*types.Func]string // the package's functions that return one constant string
	enclFn    *types.Func            // the function whose site is being resolved
	buses     *funcfacts.Facts[*busFact]
	constants *funcfacts.Facts[*constFact]
}

// site is one call that publishes or subscribes.
type site struct {
	encl  *ast.FuncDecl
	pos   token.Pos
	call  *ast.CallExpr // nil for a send on sarama's AsyncProducer.Input()
	recv  ast.Expr      // the method's receiver, for topics bound to a handle
	value ast.Expr      // the message a send statement sends
	m     method
}

func run(pass *analysis.Pass, src *specsource.Source) (any, error) {
	if stdlib.Contains(pass) {
		return suppress.NewReporter(pass, suppress.Config{}).Result(), nil
	}
	report, spec, err := src.Open(pass)
	if err != nil {
		return report.Result(), err
	}
	c := &checker{pass: pass, report: report, fold: constfold.New(pass.TypesInfo, pass.Files), local: map[*types.Func]*busFact{},
		buses:     funcfacts.New(pass, func() *busFact { return new(busFact) }, func() funcfacts.Table[*busFact] { return new(methodBuses) }),
		constants: funcfacts.New(pass, func() *constFact { return new(constFact) }, func() funcfacts.Table[*constFact] { return new(methodConsts) })}
	path := specsource.PackagePath(pass)
	if spec != nil {
		if _, inModule := spec.Rel(path); inModule {
			c.spec, c.comp = spec, spec.ComponentOf(path)
		}
	}
	c.findConstants()
	sites := c.sites()
	c.findWrappers(sites)
	if c.spec == nil {
		return report.Result(), nil
	}
	c.reportSites(c.sites()) // again: calls of the wrappers just found are sites too
	c.checkAsync()
	return report.Result(), nil
}

// sites returns the package's publish and subscribe calls.
func (c *checker) sites() []site {
	var out []site
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					fn, _ := typeutil.Callee(c.pass.TypesInfo, n).(*types.Func)
					var recv ast.Expr
					if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
						if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
							recv = sel.X
						}
					}
					for _, m := range c.methodsOf(fn) {
						out = append(out, site{encl: fd, pos: n.Lparen, call: n, recv: recv, m: m})
					}
				case *ast.SendStmt:
					if m, ok := c.saramaInput(n); ok {
						out = append(out, site{encl: fd, pos: n.Arrow, value: n.Value, m: m})
					}
				}
				return true
			})
		}
	}
	return out
}

// saramaInput matches producer.Input() <- &sarama.ProducerMessage{...},
// how sarama's AsyncProducer publishes.
func (c *checker) saramaInput(send *ast.SendStmt) (method, bool) {
	call, ok := ast.Unparen(send.Chan).(*ast.CallExpr)
	if !ok {
		return method{}, false
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || !inPkgs(fn.Pkg().Path(), saramaPkgs) || fn.Name() != "Input" || typenames.RecvName(fn) != "AsyncProducer" {
		return method{}, false
	}
	return pub("sarama", saramaPkgs, "AsyncProducer", "Input", field(0, "Topic")), true
}

// methodsOf returns how a call of fn publishes or subscribes: a known
// client method, a wrapper (this package's or, by its fact, another's),
// or a function of the spec's events section.
func (c *checker) methodsOf(fn *types.Func) []method {
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	out := matchMethod(fn)
	f := c.local[fn]
	if f == nil && fn.Pkg() != c.pass.Pkg {
		if imported, ok := c.buses.Import(fn); ok {
			f = imported
		}
	}
	if f != nil {
		for _, u := range f.Uses {
			out = append(out, method{lib: u.Library, kind: finding.EventKind(u.Kind), topic: topicFrom{arg: u.Topic, method: u.Method}, via: fn})
		}
	}
	if c.spec != nil {
		for _, b := range c.spec.Events.Publishers {
			if funcIs(fn, b.Func) {
				out = append(out, method{lib: "bus", kind: finding.EventPublish, topic: topicFrom{arg: b.Topic, method: b.Method}})
			}
		}
		for _, b := range c.spec.Events.Subscribers {
			if funcIs(fn, b.Func) {
				out = append(out, method{lib: "bus", kind: finding.EventSubscribe, topic: topicFrom{arg: b.Topic, method: b.Method}})
			}
		}
	}
	return out
}

// resolve returns the topics of s.
func (c *checker) resolve(s site, params map[*types.Var]bool) resolved {
	c.params = params
	c.enclFn, _ = c.pass.TypesInfo.Defs[s.encl.Name].(*types.Func)
	if s.call == nil {
		return c.fieldTopic(s.value, s.m.topic.field, 0)
	}
	return c.topicsOf(s.call, s.recv, s.m.topic, 0)
}

// findWrappers records, until nothing changes, the functions whose topic
// is their own parameter, and exports a fact for each.
func (c *checker) findWrappers(sites []site) {
	for changed := true; changed; {
		changed = false
		for _, s := range sites {
			r := c.resolve(s, paramsOf(c.pass.TypesInfo, s.encl))
			if r.param == nil {
				continue
			}
			fn := r.paramFn
			i := paramIndex(fn, r.param)
			if fn == nil || i < 0 {
				continue
			}
			u := BusUse{Kind: string(s.m.kind), Topic: i, Library: s.m.lib, Method: r.method}
			f := c.local[fn]
			if f == nil {
				f = new(busFact)
				c.local[fn] = f
			}
			if !contains(f.Uses, u) {
				f.Uses = append(f.Uses, u)
				changed = true
			}
		}
		if changed {
			sites = c.sites()
		}
	}
	for fn, f := range c.local {
		c.buses.Export(fn, f)
	}
	c.buses.Finish()
}

func contains(us []BusUse, u BusUse) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}

// reportSites reports each site's topics (an events/site note), the
// publishes to another component's topic (events/foreign-topic), the
// topics it could not resolve (events/unread) and the claims it used.
func (c *checker) reportSites(sites []site) {
	used := map[boundary.Pos]bool{}
	for _, s := range sites {
		r := c.resolve(s, paramsOf(c.pass.TypesInfo, s.encl))
		if r.param != nil && paramIndex(r.paramFn, r.param) >= 0 {
			continue // a wrapper: its callers name the topic
		}
		inTest := strings.HasSuffix(c.pass.Fset.Position(s.pos).Filename, "_test.go")
		if len(r.topics) == 0 {
			if !inTest {
				c.report.Unread(s.pos, finding.EventsUnread, r.reason)
			}
			continue
		}
		r.topics = slices.DeleteFunc(r.topics, func(t string) bool { return t == "" })
		if len(r.topics) == 0 {
			if !inTest {
				c.report.Unread(s.pos, finding.EventsUnread, "empty topic name")
			}
			continue
		}
		sort.Strings(r.topics)
		comp := suppress.ComponentName(c.comp)
		if c.comp != nil && c.comp.CompositionRoot && s.m.via != nil {
			// the root wires a component's constructor with the topic: the
			// component publishes or subscribes, the root only names it
			if d := c.spec.ComponentOf(strings.TrimSuffix(s.m.via.Pkg().Path(), "_test")); d != nil {
				comp = d.Name
			}
		}
		for _, t := range r.topics {
			o := c.spec.OwnerOfTopic(t)
			if o.Owner != nil {
				used[o.Claim.Pos] = true
			}
			c.report.Event(s.pos, finding.Event{Kind: s.m.kind, Topic: t, Library: s.m.lib, Component: comp})
			if s.m.kind != finding.EventPublish || c.comp == nil || c.comp.CompositionRoot || o.Owner == nil || o.Owner == c.comp {
				continue
			}
			c.report.Report(s.pos, token.NoPos, finding.Finding{
				Rule: finding.EventsForeignTopic, FromComponent: c.comp.Name, ToComponent: o.Owner.Name,
				Subject: finding.Subject{Kind: finding.SubjectTopic, Name: t}, SpecPos: suppress.SpecPos(o.Claim.Pos),
				Message: fmt.Sprintf("%s publishes to topic %s, owned by component %s (%s); publish an event %s owns, or ask %s to publish it",
					c.pkgRel(), t, o.Owner.Name, o.Claim.Pos, c.comp.Name, o.Owner.Name),
			})
		}
	}
	c.report.ClaimsUsed(finding.EventsUnusedClaim, used, nil) // topics have no shared declarations
}

// findConstants records and exports the functions of the package whose
// body is one return of a constant, non-empty string.
func (c *checker) findConstants() {
	c.consts = map[*types.Func]string{}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || len(fd.Body.List) != 1 {
				continue
			}
			ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
			fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || len(ret.Results) != 1 || fn == nil {
				continue
			}
			if s, ok := c.fold.String(ret.Results[0]); ok && s != "" {
				c.consts[fn] = s
				c.constants.Export(fn, &constFact{Value: s})
			}
		}
	}
	c.constants.Finish()
}

// constOf returns the constant string fn returns, by the package's own
// reading or by its fact.
func (c *checker) constOf(fn *types.Func) (string, bool) {
	if s, ok := c.consts[fn]; ok {
		return s, true
	}
	if fn.Pkg() != c.pass.Pkg {
		if f, ok := c.constants.Import(fn); ok {
			return f.Value, true
		}
	}
	return "", false
}

// paramsOf returns the parameters of fd and of the function literals in it.
func paramsOf(info *types.Info, fd *ast.FuncDecl) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	add := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			for _, n := range f.Names {
				if v, ok := info.Defs[n].(*types.Var); ok {
					out[v] = true
				}
			}
		}
	}
	add(fd.Type.Params)
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok {
			add(fl.Type.Params)
		}
		return true
	})
	return out
}

// paramIndex returns the index of v among fn's parameters, or -1 (a
// function literal's parameter).
func paramIndex(fn *types.Func, v *types.Var) int {
	if fn == nil {
		return -1
	}
	ps := fn.Signature().Params()
	for i := range ps.Len() {
		if ps.At(i) == v {
			return i
		}
	}
	return -1
}

// pkgRel prints the checked package the way the spec writes it.
func (c *checker) pkgRel() string { return place.RelPath(c.spec, specsource.PackagePath(c.pass)) }
