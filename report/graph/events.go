package graph

import (
	"cmp"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/finding"
)

// EventEdge is a topic one component publishes and another subscribes
// to: From publishes, To subscribes.
type EventEdge struct {
	From, To string
	Topics   []string // sorted, each once
}

// eventEdges pairs the publishers and subscribers of each topic, keeping
// the pairs that touch focus ("" keeps all).
func eventEdges(events []finding.Event, focus string) []*EventEdge {
	pubs, subs := map[string][]string{}, map[string][]string{}
	for _, e := range events {
		if e.Async() || e.Topic == "" || e.Component == "" {
			continue
		}
		if e.Kind == finding.EventPublish {
			pubs[e.Topic] = append(pubs[e.Topic], e.Component)
		} else {
			subs[e.Topic] = append(subs[e.Topic], e.Component)
		}
	}
	byPair := map[[2]string]*EventEdge{}
	for t, ps := range pubs {
		for _, p := range ps {
			for _, s := range subs[t] {
				if p == s || focus != "" && p != focus && s != focus {
					continue
				}
				k := [2]string{p, s}
				if byPair[k] == nil {
					byPair[k] = &EventEdge{From: p, To: s}
				}
				byPair[k].Topics = append(byPair[k].Topics, t)
			}
		}
	}
	var out []*EventEdge
	for _, e := range byPair {
		slices.Sort(e.Topics)
		e.Topics = slices.Compact(e.Topics)
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *EventEdge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return out
}

// eventLabel names an event edge's topics.
func eventLabel(e *EventEdge) string { return strings.Join(e.Topics, ", ") }

// eventColor is the event edges' colour, apart from the imports' black,
// the violations' red and the data edges' blue.
const eventColor = "#8250df"
