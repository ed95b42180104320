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

// List is the cut list of one component.
type List struct {
	Component    string         `json:"component"`
	Places       int            `json:"places"`    // every place listed
	Baselined    int            `json:"baselined"` // of which a baseline holds
	Counterparts []*Counterpart `json:"counterparts"`
	API          []*APIFunc     `json:"api,omitempty"`       // its functions others call in shapes a network cannot carry (reshape.go)
	Sentinels    []string       `json:"sentinels,omitempty"` // its sentinel errors others use: a note, not a rule
}

// Counterpart is one other component and everything between the two.
type Counterpart struct {
	Name   string   `json:"name"` // a component, or "(unclaimed)" / "(external)"
	Places int      `json:"places"`
	Groups []*Group `json:"groups"`
}

// Group is one kind of coupling with a counterpart, in one direction.
type Group struct {
	Kind   string  `json:"kind"` // "imports", or a rule ID
	Inward bool    `json:"inward"`
	Places int     `json:"places"`
	Items  []*Item `json:"items"`
}

// Item is one integration point: a package and what it touches.
type Item struct {
	From    string `json:"from"`    // module-relative package
	To      string `json:"to"`      // module-relative package, or the subject
	Allowed bool   `json:"allowed"` // an import the spec allows
	// Uses are the names of To that From uses through an allowed import:
	// the API surface that becomes calls across the network (when the run
	// listed them, the driver's Config.Uses).
	Uses   []string `json:"uses,omitempty"`
	Places []Place  `json:"places"`
	Count  int      `json:"count"`
}

// Place is where one finding is; imports the spec allows have none.
type Place struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Rule      string `json:"rule"`
	Baselined bool   `json:"baselined,omitempty"`
}

// Build makes the cut list of component name from a run's findings
// (baselined ones marked) and its component edges.
func Build(spec *boundary.Spec, name string, findings []finding.Finding, edges []finding.Edge) (*List, error) {
	if spec.Component(name) == nil {
		return nil, fmt.Errorf("unknown component %q; the spec has %s", name, spec.ComponentNames())
	}
	l := &List{Component: name}
	b := builder{list: l, spec: spec, byKey: map[string]*Item{}}
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
}

func (b *builder) item(other, kind string, inward bool, from, to string) *Item {
	k := fmt.Sprint(other, "\x00", kind, "\x00", inward, "\x00", from, "\x00", to)
	if it := b.byKey[k]; it != nil {
		return it
	}
	cp := b.counterpart(other)
	var g *Group
	for _, x := range cp.Groups {
		if x.Kind == kind && x.Inward == inward {
			g = x
		}
	}
	if g == nil {
		g = &Group{Kind: kind, Inward: inward}
		cp.Groups = append(cp.Groups, g)
	}
	it := &Item{From: from, To: to}
	g.Items = append(g.Items, it)
	b.byKey[k] = it
	return it
}

func (b *builder) counterpart(name string) *Counterpart {
	for _, c := range b.list.Counterparts {
		if c.Name == name {
			return c
		}
	}
	c := &Counterpart{Name: name}
	b.list.Counterparts = append(b.list.Counterparts, c)
	return c
}

// addFinding lists a finding of the component, or about it, under the
// other side; a finding with no other component (an unclaimed package, a
// reserved SDK, an unused claim of the spec) goes under a
// pseudo-counterpart.
func (b *builder) addFinding(f finding.Finding) {
	name := b.list.Component
	var other string
	var inward bool
	switch {
	case f.FromComponent == name && finding.IsUnusedClaim(f.Rule):
		other = "(spec)" // a claim of the component that no code uses: the spec describes code nobody sees
	case f.FromComponent == name && f.ToComponent != name:
		other = cmp.Or(f.ToComponent, "(external)")
	case f.ToComponent == name && f.FromComponent != name:
		other, inward = cmp.Or(f.FromComponent, "(unclaimed)"), true
	default:
		return
	}
	from, _ := b.spec.Rel(strings.TrimSuffix(f.FromPackage, "_test"))
	if finding.IsUnusedClaim(f.Rule) {
		from = f.Pos.RelFile
	}
	to := strings.TrimPrefix(f.Subject.Name, b.spec.Module+"/") // a key, field or variable: pkg.Name
	if f.Subject.Kind == finding.SubjectImport || f.Subject.Name == "" {
		to, _ = b.spec.Rel(cmp.Or(f.ToPackage, f.Subject.Name))
	}
	if inward && strings.HasPrefix(f.Rule, "remote/") {
		b.addRemote(f)
	}
	it := b.item(other, f.Rule, inward, from, to)
	it.Places = append(it.Places, Place{File: cmp.Or(f.Pos.RelFile, f.Pos.File), Line: f.Pos.Line, Rule: f.Rule, Baselined: f.Baselined})
	it.Count++
}

// addEdge lists the imports along a component edge the spec allows: the
// violating ones are findings already.
func (b *builder) addEdge(e finding.Edge) {
	name := b.list.Component
	other, inward := e.To, false
	if e.To == name {
		other, inward = e.From, true
	}
	for _, imp := range e.Imports {
		if v := b.spec.CheckImport(imp.From, imp.To); v.Rule != boundary.Allowed || imp.Test {
			continue
		}
		from, _ := b.spec.Rel(imp.From)
		to, _ := b.spec.Rel(imp.To)
		it := b.item(other, "imports", inward, from, to)
		it.Allowed = true
		it.Count++
		it.Uses = slices.Compact(slices.Sorted(slices.Values(append(it.Uses, imp.Uses...))))
		if inward {
			b.list.addSentinels(imp.Uses)
		}
	}
}

// rank orders everything heaviest first, ties by name, and sums the counts.
func (l *List) rank() {
	for _, c := range l.Counterparts {
		for _, g := range c.Groups {
			for _, it := range g.Items {
				g.Places += it.Count
				for _, p := range it.Places {
					if p.Baselined {
						l.Baselined++
					}
				}
				slices.SortFunc(it.Places, func(a, b Place) int { return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line)) })
			}
			slices.SortFunc(g.Items, func(a, b *Item) int {
				return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
			})
			c.Places += g.Places
		}
		slices.SortFunc(c.Groups, func(a, b *Group) int {
			return cmp.Or(cmp.Compare(b.Places, a.Places), cmp.Compare(a.Kind, b.Kind), boolCmp(a.Inward, b.Inward))
		})
		l.Places += c.Places
	}
	slices.SortFunc(l.Counterparts, func(a, b *Counterpart) int {
		return cmp.Or(cmp.Compare(b.Places, a.Places), cmp.Compare(a.Name, b.Name))
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
