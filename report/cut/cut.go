// Package cut builds the cut list of a component: everything that couples
// it to the rest of the monolith and must be cut before it runs alone,
// grouped by the other component and by kind, heaviest first, as a
// Markdown checklist for people and JSON for machines.
//
// The list is about the whole debt: baselined findings are in it, marked,
// and so are the imports the spec allows (through the other component's
// api), which after extraction become calls across a network.
package cut

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// List is the cut list of one component, in the order a team works
// through it: the findings of production code, most breaking first; the
// API surface to keep (the imports the spec allows, which become calls
// across the network); the shared components used, collapsed to a count;
// and test code last, since test setup is rewritten, not extracted.
type List struct {
	Component string `json:"component"`
	Places    int    `json:"places"`    // every place listed
	Baselined int    `json:"baselined"` // of which a baseline holds
	Ignored   int    `json:"ignored"`   // of which a //boundarylint:ignore silences
	// Findings are production code's findings, by class (data and
	// transactions, runtime coupling, call shapes, configuration, imports), then
	// heaviest first.
	Findings []*Group `json:"findings"`
	// Surface is the production imports the spec allows between the
	// component and non-shared others, each with the names it uses.
	Surface []*Group `json:"surface"`
	// Shared counts the allowed imports of and by shared components.
	Shared []*SharedUse `json:"shared"`
	// Tests is what test files couple: their findings and allowed imports.
	Tests []*Group `json:"tests"`
	// API is the component's functions that others call, in production
	// code, in shapes a network call cannot carry (reshape.go).
	API []*APIFunc `json:"api,omitempty"`
	// Sentinels are its sentinel errors others use: a note, not a rule.
	Sentinels []string `json:"sentinels,omitempty"`
	// Endpoints are the HTTP routes and RPC methods its handlers serve
	// (endpoints.go): the network API it keeps.
	Endpoints []Endpoint `json:"endpoints,omitempty"`
}

// Classes of coupling, in the order the list ranks them: what breaks
// first and worst when the component leaves.
const (
	ClassData    = "data"    // tables and transactions (tx/...)
	ClassRuntime = "runtime" // context values and package state (ctxstate/...)
	ClassCalls   = "calls"   // calls whose shape a network cannot carry (remote/...)
	ClassConfig  = "config"  // env vars, config keys and fields (config/...)
	ClassImports = "imports" // forbidden, private, isolated, reserved imports and cycles
	ClassSpec    = "spec"    // claims of the spec no code uses: nothing to cut, a spec to tidy
	ClassSurface = "surface" // imports the spec allows
)

var classRank = map[string]int{ClassData: 0, ClassRuntime: 1, ClassCalls: 2, ClassConfig: 3, ClassImports: 4, ClassSpec: 5, ClassSurface: 6}

// classOf is the class of a rule ID.
func classOf(rule string) string {
	if finding.IsUnusedClaim(rule) {
		return ClassSpec
	}
	switch analyzer, _, _ := strings.Cut(rule, "/"); analyzer {
	case "tx":
		return ClassData
	case "ctxstate":
		return ClassRuntime
	case "remote":
		return ClassCalls
	case "config":
		return ClassConfig
	}
	return ClassImports
}

// Group is one kind of coupling with one other component, in one
// direction.
type Group struct {
	Counterpart string  `json:"counterpart"` // a component, or "(unclaimed)" / "(external)"
	Class       string  `json:"class"`
	Kind        string  `json:"kind"` // "imports" for the allowed ones, or a rule ID
	Inward      bool    `json:"inward"`
	Places      int     `json:"places"`
	Items       []*Item `json:"items"`
}

// Item is one integration point: a package and what it touches.
type Item struct {
	From    string `json:"from"`    // module-relative package
	To      string `json:"to"`      // module-relative package, or the subject
	Allowed bool   `json:"allowed"` // an import the spec allows
	// Uses are the names of To that From uses through the import (when
	// the run listed them, driver.Config.Uses): for an allowed import the
	// API surface that becomes calls across the network, for a forbidden
	// one what the dependency really is (one enum, eleven imports).
	Uses   []string `json:"uses,omitempty"`
	Places []Place  `json:"places"`
	Count  int      `json:"count"`
}

// Place is where one finding or one allowed import is.
type Place struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Rule      string `json:"rule,omitempty"`
	Baselined bool   `json:"baselined,omitempty"`
	Ignored   bool   `json:"ignored,omitempty"` // silenced by //boundarylint:ignore: debt all the same
}

// SharedUse is the allowed imports between the component and one shared
// component, counted rather than listed: a shared library stays shared.
type SharedUse struct {
	Component string `json:"component"`
	Inward    bool   `json:"inward"`
	Imports   int    `json:"imports"`
}

// Build makes the cut list of component name from a run's findings
// (baselined ones marked) and its component edges.
func Build(spec *boundary.Spec, name string, findings []finding.Finding, edges []finding.Edge) (*List, error) {
	if spec.Component(name) == nil {
		return nil, fmt.Errorf("unknown component %q; the spec has %s", name, spec.ComponentNames())
	}
	l := &List{Component: name}
	b := builder{list: l, spec: spec, byKey: map[string]*Item{}, uses: map[[2]string][]string{}}
	for _, e := range edges {
		for _, imp := range e.Imports {
			b.uses[[2]string{imp.From, imp.To}] = imp.Uses
		}
	}
	for _, f := range findings {
		b.addFinding(f)
	}
	for _, e := range edges {
		if e.From == name || e.To == name {
			b.addEdge(e)
		}
	}
	l.rank()
	l.rankAPI()
	return l, nil
}

type builder struct {
	list  *List
	spec  *boundary.Spec
	byKey map[string]*Item
	uses  map[[2]string][]string // import paths -> the names used
}

// item returns the item of a group of the section, made on first use.
func (b *builder) item(section *[]*Group, other, kind string, inward bool, from, to string) *Item {
	k := fmt.Sprint(section == &b.list.Tests, "\x00", other, "\x00", kind, "\x00", inward, "\x00", from, "\x00", to)
	if it := b.byKey[k]; it != nil {
		return it
	}
	var g *Group
	for _, x := range *section {
		if x.Counterpart == other && x.Kind == kind && x.Inward == inward {
			g = x
		}
	}
	if g == nil {
		class := ClassSurface
		if kind != "imports" {
			class = classOf(kind)
		}
		g = &Group{Counterpart: other, Class: class, Kind: kind, Inward: inward}
		*section = append(*section, g)
	}
	it := &Item{From: from, To: to}
	g.Items = append(g.Items, it)
	b.byKey[k] = it
	return it
}

// addFinding lists a finding of the component, or about it, under the
// other side (every other owner of a transaction's tables, which
// tx/cross-owner names together); a finding with no other component (an
// unclaimed package, a reserved SDK, an unused claim of the spec) goes
// under a pseudo-counterpart.
func (b *builder) addFinding(f finding.Finding) {
	name := b.list.Component
	to := strings.Split(f.ToComponent, ",")
	var others []string
	inward := false
	switch {
	case f.FromComponent == name && finding.IsUnusedClaim(f.Rule):
		others = []string{"(spec)"} // a claim of the component that no code uses: the spec describes code nobody sees
	case f.FromComponent == name && f.ToComponent == "":
		others = []string{b.nobody(f.ToPackage)}
	case f.FromComponent == name:
		others = slices.DeleteFunc(slices.Clone(to), func(c string) bool { return c == name })
	case slices.Contains(to, name):
		others, inward = []string{cmp.Or(f.FromComponent, finding.Unclaimed)}, true
	}
	from, _ := b.spec.Rel(strings.TrimSuffix(f.FromPackage, "_test"))
	if finding.IsUnusedClaim(f.Rule) {
		from = f.Pos.RelFile
	}
	what := strings.TrimPrefix(f.Subject.Name, b.spec.Module+"/") // a key, field or variable: pkg.Name
	if f.Subject.Kind == finding.SubjectImport || f.Subject.Name == "" {
		what, _ = b.spec.Rel(cmp.Or(f.ToPackage, f.Subject.Name))
	}
	section := &b.list.Findings
	if isTest(f) {
		section = &b.list.Tests
	} else if inward && classOf(f.Rule) == ClassCalls {
		b.addRemote(f)
	}
	for _, other := range others {
		it := b.item(section, other, f.Rule, inward, from, what)
		it.Places = append(it.Places, Place{File: cmp.Or(f.Pos.RelFile, f.Pos.File), Line: f.Pos.Line, Rule: f.Rule, Baselined: f.Baselined, Ignored: f.Ignored})
		it.Count++
		if f.Subject.Kind == finding.SubjectImport {
			it.Uses = merge(it.Uses, b.uses[[2]string{f.FromPackage, cmp.Or(f.ToPackage, f.Subject.Name)}])
		}
	}
}

// nobody names the pseudo-counterpart of a package no component claims.
func (b *builder) nobody(pkg string) string {
	if pkg == b.spec.Module || strings.HasPrefix(pkg, b.spec.Module+"/") {
		return finding.Unclaimed
	}
	return "(external)"
}

// isTest reports whether a finding is in test code: its Test flag, or for
// a finding decoded from a tool that attaches none, its file name.
func isTest(f finding.Finding) bool {
	return f.Test || strings.HasSuffix(cmp.Or(f.Pos.RelFile, f.Pos.File), "_test.go")
}

// addEdge lists the imports along a component edge the spec allows (the
// violating ones are findings already): of a shared component as a count,
// of test files in the test section, the others as the surface to keep.
func (b *builder) addEdge(e finding.Edge) {
	name := b.list.Component
	other, inward := e.To, false
	if e.To == name {
		other, inward = e.From, true
	}
	shared := false
	if c := b.spec.Component(other); c != nil && c.Shared {
		shared = true
	}
	for _, imp := range e.Imports {
		if v := b.spec.CheckImport(imp.From, imp.To); v.Rule != boundary.Allowed {
			continue
		}
		if shared && !imp.Test {
			b.shared(other, inward).Imports++
			continue
		}
		if inward && !imp.Test {
			b.list.addSentinels(imp.Uses)
		}
		section := &b.list.Surface
		if imp.Test {
			section = &b.list.Tests
		}
		from, _ := b.spec.Rel(imp.From)
		to, _ := b.spec.Rel(imp.To)
		it := b.item(section, other, "imports", inward, from, to)
		it.Allowed = true
		it.Count += max(1, len(imp.Sites)) // a place per import statement, where known
		it.Uses = merge(it.Uses, imp.Uses)
		for _, s := range imp.Sites {
			it.Places = append(it.Places, Place{File: cmp.Or(s.RelFile, s.File), Line: s.Line})
		}
	}
}

func (b *builder) shared(name string, inward bool) *SharedUse {
	for _, s := range b.list.Shared {
		if s.Component == name && s.Inward == inward {
			return s
		}
	}
	s := &SharedUse{Component: name, Inward: inward}
	b.list.Shared = append(b.list.Shared, s)
	return s
}

func merge(a, b []string) []string {
	return slices.Compact(slices.Sorted(slices.Values(append(slices.Clip(a), b...))))
}

// rank sums the counts and orders every section: findings by class, then
// heaviest first, ties by name.
func (l *List) rank() {
	for _, section := range [][]*Group{l.Findings, l.Surface, l.Tests} {
		for _, g := range section {
			for _, it := range g.Items {
				g.Places += it.Count
				for _, p := range it.Places {
					if p.Baselined {
						l.Baselined++
					}
					if p.Ignored {
						l.Ignored++
					}
				}
				slices.SortFunc(it.Places, func(a, b Place) int { return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line)) })
			}
			slices.SortFunc(g.Items, func(a, b *Item) int {
				return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
			})
			l.Places += g.Places
		}
		slices.SortFunc(section, func(a, b *Group) int {
			return cmp.Or(cmp.Compare(classRank[a.Class], classRank[b.Class]), cmp.Compare(b.Places, a.Places),
				cmp.Compare(a.Counterpart, b.Counterpart), cmp.Compare(a.Kind, b.Kind), boolCmp(a.Inward, b.Inward))
		})
	}
	for _, s := range l.Shared {
		l.Places += s.Imports
	}
	slices.SortFunc(l.Shared, func(a, b *SharedUse) int {
		return cmp.Or(cmp.Compare(b.Imports, a.Imports), cmp.Compare(a.Component, b.Component), boolCmp(a.Inward, b.Inward))
	})
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
