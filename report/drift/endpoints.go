package drift

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// Endpoint is one endpoint in a snapshot: its route and the component
// that serves it. Snapshots of version 3 and later record them.
type Endpoint struct {
	Route     string `json:"route"`
	Component string `json:"component"` // finding.Unclaimed for a handler no component claims
	Handler   string `json:"handler"`
}

// AddEndpoints records the endpoints outside test files, each once, in
// order.
func (s *Snapshot) AddEndpoints(spec *boundary.Spec, eps []finding.Endpoint) {
	s.Endpoints = []Endpoint{}
	for _, e := range eps {
		if e.Test {
			continue
		}
		c := finding.Unclaimed
		if comp := spec.ComponentOf(e.HandlerPackage); comp != nil {
			c = comp.Name
		}
		s.Endpoints = append(s.Endpoints, Endpoint{Route: e.Route(), Component: c, Handler: e.Handler})
	}
	cmpEndpoint := func(a, b Endpoint) int {
		return cmp.Or(strings.Compare(a.Component, b.Component), strings.Compare(a.Route, b.Route), strings.Compare(a.Handler, b.Handler))
	}
	slices.SortFunc(s.Endpoints, cmpEndpoint)
	s.Endpoints = slices.CompactFunc(s.Endpoints, func(a, b Endpoint) bool { return cmpEndpoint(a, b) == 0 })
}

// compareEndpoints fills in the endpoints added and removed: by route and
// component, so that a route moving to another component counts as both.
// A snapshot older than version 3 recorded none: then nothing is compared.
func (r *Report) compareEndpoints(before, after *Snapshot) {
	if before.Version < 3 || after.Version < 3 {
		r.EndpointsUnknown = true
		return
	}
	key := func(e Endpoint) string { return e.Component + ": " + e.Route }
	was, is := map[string]bool{}, map[string]bool{}
	for _, e := range before.Endpoints {
		was[key(e)] = true
	}
	for _, e := range after.Endpoints {
		is[key(e)] = true
		if !was[key(e)] && !slices.Contains(r.NewEndpoints, key(e)) {
			r.NewEndpoints = append(r.NewEndpoints, key(e))
		}
	}
	for _, e := range before.Endpoints {
		if !is[key(e)] && !slices.Contains(r.GoneEndpoints, key(e)) {
			r.GoneEndpoints = append(r.GoneEndpoints, key(e))
		}
	}
	r.Endpoints = len(is)
}

// writeEndpoints writes the endpoint changes: the network API the
// components serve, added and removed.
func (r *Report) writeEndpoints(b *strings.Builder) {
	if r.EndpointsUnknown {
		b.WriteString("\nEndpoints: the earlier snapshot recorded none (taken before version 3); not compared.\n")
		return
	}
	fmt.Fprintf(b, "\nEndpoints: %d served, %d added, %d removed.\n", r.Endpoints, len(r.NewEndpoints), len(r.GoneEndpoints))
	for _, l := range []struct {
		title string
		items []string
	}{{"Added endpoints", r.NewEndpoints}, {"Removed endpoints", r.GoneEndpoints}} {
		if len(l.items) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n%s:\n\n", l.title)
		for _, it := range l.items {
			comp, route, _ := strings.Cut(it, ": ")
			fmt.Fprintf(b, "- %s: `%s`\n", comp, route)
		}
	}
}
