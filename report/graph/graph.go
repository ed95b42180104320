// Package graph builds the component graph of a monolith, the edges its
// spec allows beside the edges its code has, and renders it as Mermaid
// (which GitHub renders in Markdown) and as Graphviz DOT.
//
// The model is plain data: Build takes the spec and, optionally, the
// imports the code has between module packages, and decides for each
// component pair whether the spec declares the edge, how many imports the
// code makes along it and how many of those the spec forbids. The renderers
// only draw what the model says.
package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// Unclaimed is the name of the node that stands for the module packages no
// component claims, when the code imports them or they import a component.
const Unclaimed = "(unclaimed)"

// Import is one import between two module packages, by import path: the
// unit the graph counts. Count is how many times it occurs (1 when the
// source counts package pairs; more when it counts import clauses).
type Import struct {
	From, To string
	Count    int
}

// Graph is the component graph.
type Graph struct {
	Nodes []*Node
	Edges []*Edge
	// Data are the tables a component touches that another owns, drawn
	// beside the imports in a focused graph.
	Data []*DataEdge
	// Events are the topics between components (events.go), drawn dashed
	// with the topic when the run found publish and subscribe sites.
	Events []*EventEdge
	// Code says whether the code's imports went into the graph. Without
	// them it is the target architecture: the spec's edges alone.
	Code bool
}

// Node is a component, or the unclaimed packages.
type Node struct {
	Name     string
	Doc      string
	Shared   bool
	Isolated bool
	API      []string // module-relative api packages, when asked for
	Focus    bool     // the component a focused graph is about
}

// Edge is a dependency of one component on another.
type Edge struct {
	From, To string
	// Declared: the spec lists To in From's depends_on.
	Declared bool
	// Imports counts the code's imports along the edge.
	Imports int
	// Violations counts those the spec forbids, by rule (forbidden,
	// private, unassigned).
	Violations map[boundary.Rule]int
}

// Isolated is the rule an import breaks when it opens a chain from an
// isolated component to one outside its depends_on (imports/isolated):
// the edge is red like a forbidden one.
const Isolated boundary.Rule = "isolated"

// DataEdge is data coupling: From's code touches tables To owns, in a
// query (tx/foreign-table) or in a transaction that writes tables of
// several owners (tx/cross-owner).
type DataEdge struct {
	From, To     string
	Tables       []string // the foreign tables, sorted, each once
	Transactions int      // transactions across owners
	Places       int      // findings, the unit of the run
}

// Violating reports whether any import along the edge breaks the spec.
func (e *Edge) Violating() bool { return len(e.Violations) > 0 }

// Unused reports whether the spec allows the edge and the code does not
// use it: a depends_on entry the spec could drop.
func (e *Edge) Unused(code bool) bool { return code && e.Declared && e.Imports == 0 }

// Options selects what Build includes.
type Options struct {
	// Imports are the code's imports between module packages; nil draws
	// the spec's edges alone (the target architecture).
	Imports []Import
	// Packages are the module's packages (module-relative), from which the
	// API packages are listed when API is set.
	Packages []string
	API      bool
	// Focus, when not empty, keeps one component, its neighbours and the
	// edges that touch it.
	Focus string
	// Findings are a run's findings: its imports/isolated ones make their
	// edges violating, and, in a focused graph, its tables touched across
	// components (tx/foreign-table, tx/cross-owner) are drawn as data edges.
	Findings []finding.Finding
	// Events are a run's publish and subscribe sites (driver.Result.Events):
	// each topic one component publishes and another subscribes to is an
	// event edge.
	Events []finding.Event
}

// Build makes the component graph of spec.
func Build(spec *boundary.Spec, opts Options) (*Graph, error) {
	if opts.Focus != "" && spec.Component(opts.Focus) == nil {
		return nil, fmt.Errorf("unknown component %q; the spec has %s", opts.Focus, spec.ComponentNames())
	}
	g := &Graph{Code: opts.Imports != nil}
	edges := map[[2]string]*Edge{}
	edge := func(from, to string) *Edge {
		k := [2]string{from, to}
		if edges[k] == nil {
			edges[k] = &Edge{From: from, To: to}
		}
		return edges[k]
	}
	for _, c := range spec.Components {
		for _, d := range c.DependsOn {
			edge(c.Name, d.Name).Declared = true
		}
	}
	for _, imp := range opts.Imports {
		addImport(spec, edge, imp)
	}
	addIsolated(spec, edge, opts.Findings)
	for _, e := range edges {
		g.Edges = append(g.Edges, e)
	}
	if opts.Focus != "" {
		g.Data = dataEdges(opts.Findings, opts.Focus)
	}
	g.Events = eventEdges(opts.Events, opts.Focus)
	near := slices.Clone(g.Data)
	for _, e := range g.Events {
		near = append(near, &DataEdge{From: e.From, To: e.To})
	}
	g.Nodes = nodes(spec, g.Edges, near, opts)
	order := map[string]int{}
	for i, n := range g.Nodes {
		order[n.Name] = i
	}
	g.Edges = slices.DeleteFunc(g.Edges, func(e *Edge) bool {
		_, from := order[e.From]
		_, to := order[e.To]
		return !from || !to || opts.Focus != "" && e.From != opts.Focus && e.To != opts.Focus
	})
	slices.SortFunc(g.Edges, func(a, b *Edge) int {
		return cmp.Or(cmp.Compare(order[a.From], order[b.From]), cmp.Compare(order[a.To], order[b.To]))
	})
	return g, nil
}

// addImport counts one import on the edge between its components, with
// the spec's verdict on it. Imports inside a component are not edges.
func addImport(spec *boundary.Spec, edge func(from, to string) *Edge, imp Import) {
	v := spec.CheckImport(imp.From, imp.To)
	if v.From == v.To {
		return
	}
	if _, ok := spec.Rel(imp.To); !ok {
		return // third-party and standard library imports are no component edges
	}
	e := edge(nodeName(v.From), nodeName(v.To))
	n := max(imp.Count, 1)
	e.Imports += n
	if v.Rule != boundary.Allowed {
		if e.Violations == nil {
			e.Violations = map[boundary.Rule]int{}
		}
		e.Violations[v.Rule] += n
	}
}

// addIsolated marks the edges whose imports open a chain from an isolated
// component to one it may not reach: the import itself goes to a component
// it may use, so only the finding tells.
func addIsolated(spec *boundary.Spec, edge func(from, to string) *Edge, findings []finding.Finding) {
	for _, f := range findings {
		if f.Rule != finding.ImportsIsolated || f.FromComponent == "" {
			continue
		}
		to := spec.ComponentOf(cmp.Or(f.Subject.Name, f.ToPackage))
		if to == nil || to.Name == f.FromComponent {
			continue
		}
		e := edge(f.FromComponent, to.Name)
		if e.Violations == nil {
			e.Violations = map[boundary.Rule]int{}
		}
		e.Violations[Isolated]++
	}
}

// dataEdges collects the tables the focus touches that others own, and
// those of the focus others touch.
func dataEdges(findings []finding.Finding, focus string) []*DataEdge {
	byPair := map[[2]string]*DataEdge{}
	for _, f := range findings {
		if f.Rule != finding.TxForeignTable && f.Rule != finding.TxCrossOwner {
			continue
		}
		from := cmp.Or(f.FromComponent, Unclaimed)
		for _, to := range strings.Split(f.ToComponent, ",") {
			if to == "" || to == from || from != focus && to != focus {
				continue
			}
			k := [2]string{from, to}
			if byPair[k] == nil {
				byPair[k] = &DataEdge{From: from, To: to}
			}
			d := byPair[k]
			d.Places++
			if f.Rule == finding.TxCrossOwner {
				d.Transactions++
			} else {
				d.Tables = append(d.Tables, f.Subject.Name)
			}
		}
	}
	var out []*DataEdge
	for _, d := range byPair {
		slices.Sort(d.Tables)
		d.Tables = slices.Compact(d.Tables)
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b *DataEdge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return out
}

func nodeName(c *boundary.Component) string {
	if c == nil {
		return Unclaimed
	}
	return c.Name
}

// nodes lists the components in spec order, then the unclaimed packages
// when an edge touches them; a focused graph keeps the focus and its
// neighbours only.
func nodes(spec *boundary.Spec, edges []*Edge, data []*DataEdge, opts Options) []*Node {
	keep := func(string) bool { return true }
	if opts.Focus != "" {
		near := map[string]bool{opts.Focus: true}
		for _, d := range data {
			near[d.From], near[d.To] = true, true
		}
		for _, e := range edges {
			if e.From == opts.Focus {
				near[e.To] = true
			}
			if e.To == opts.Focus {
				near[e.From] = true
			}
		}
		keep = func(name string) bool { return near[name] }
	}
	var out []*Node
	for _, c := range spec.Components {
		if !keep(c.Name) {
			continue
		}
		n := &Node{Name: c.Name, Doc: c.Doc, Shared: c.Shared, Isolated: c.Isolated, Focus: c.Name == opts.Focus}
		if opts.API {
			n.API = apiPackages(spec, c, opts.Packages)
		}
		out = append(out, n)
	}
	if keep(Unclaimed) && slices.ContainsFunc(edges, func(e *Edge) bool { return e.From == Unclaimed || e.To == Unclaimed }) {
		out = append(out, &Node{Name: Unclaimed})
	}
	return out
}

// apiPackages lists c's api packages among the module's packages; a
// component without an api key has every package as its API, which the
// graph shows as no list at all.
func apiPackages(spec *boundary.Spec, c *boundary.Component, pkgs []string) []string {
	if c.API == nil {
		return nil
	}
	var out []string
	for _, rel := range pkgs {
		ip := spec.ImportPath(rel)
		if spec.ComponentOf(ip) == c && spec.IsAPI(c, ip) {
			out = append(out, rel)
		}
	}
	return out
}

// ImportsOf turns a driver run's component edges into the graph's imports:
// each package import across components counted by its import statements,
// as findings count them (once where the run kept no statements), test-only
// ones only when the spec makes tests obey the rules.
func ImportsOf(spec *boundary.Spec, edges []finding.Edge) []Import {
	out := []Import{}
	for _, e := range edges {
		for _, imp := range e.Imports {
			if !imp.Test || spec.Tests.For("imports") != boundary.TestsExempt {
				out = append(out, Import{From: imp.From, To: imp.To, Count: max(1, len(imp.Sites))})
			}
		}
	}
	return out
}
