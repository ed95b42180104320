package cut

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/report/markdown"
)

// Topic is one topic the component owns, publishes or subscribes to:
// after extraction it goes over the broker, and its schema is part of the
// contract.
type Topic struct {
	Name        string   `json:"name"`
	Owner       string   `json:"owner,omitempty"`
	Publishes   []Place  `json:"publishes,omitempty"`   // the component's publish sites
	Subscribes  []Place  `json:"subscribes,omitempty"`  // its subscribe sites
	Publishers  []string `json:"publishers,omitempty"`  // the other components that publish it
	Subscribers []string `json:"subscribers,omitempty"` // the other components that subscribe to it
}

// AsyncPath is a go statement or a channel between the component and
// another: a message, not a request, once they are apart.
type AsyncPath struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Kind   string `json:"kind"`   // go or channel (finding.EventKind)
	Callee string `json:"callee"` // the function called
	Place  Place  `json:"place"`
}

// AddEvents adds the component's topics and asynchronous paths from a
// run's events (driver.Result.Events): the topics it owns or uses, those
// other components share with it first, then by name.
func (l *List) AddEvents(spec *boundary.Spec, events []finding.Event) {
	name := l.Component
	byName := map[string]*Topic{}
	topic := func(t string) *Topic {
		if byName[t] == nil {
			byName[t] = &Topic{Name: t}
			if o := spec.OwnerOfTopic(t); o.Owner != nil {
				byName[t].Owner = o.Owner.Name
			}
		}
		return byName[t]
	}
	for _, e := range events {
		place := Place{File: cmp.Or(e.Pos.RelFile, e.Pos.File), Line: e.Pos.Line}
		switch {
		case e.Async():
			if e.Component == name || e.ToComponent == name {
				l.Async = append(l.Async, AsyncPath{From: e.Component, To: e.ToComponent, Kind: string(e.Kind), Callee: e.Callee, Place: place})
			}
		case e.Topic == "":
		case e.Component == name && e.Kind == finding.EventPublish:
			topic(e.Topic).Publishes = append(topic(e.Topic).Publishes, place)
		case e.Component == name:
			topic(e.Topic).Subscribes = append(topic(e.Topic).Subscribes, place)
		}
	}
	for _, c := range spec.Components { // topics it owns that only others use
		if c.Name == name {
			for _, e := range events {
				if !e.Async() && e.Topic != "" && byName[e.Topic] == nil && spec.OwnerOfTopic(e.Topic).Owner == c {
					topic(e.Topic)
				}
			}
		}
	}
	for _, e := range events {
		t := byName[e.Topic]
		if e.Async() || t == nil || e.Component == name || e.Component == "" {
			continue
		}
		if e.Kind == finding.EventPublish {
			t.Publishers = appendOnce(t.Publishers, e.Component)
		} else {
			t.Subscribers = appendOnce(t.Subscribers, e.Component)
		}
	}
	for _, t := range byName {
		slices.Sort(t.Publishers)
		slices.Sort(t.Subscribers)
		l.Topics = append(l.Topics, t)
	}
	slices.SortFunc(l.Topics, func(a, b *Topic) int {
		return cmp.Or(cmp.Compare(len(b.Publishers)+len(b.Subscribers), len(a.Publishers)+len(a.Subscribers)), strings.Compare(a.Name, b.Name))
	})
	slices.SortFunc(l.Async, func(a, b AsyncPath) int {
		return cmp.Or(strings.Compare(a.Place.File, b.Place.File), a.Place.Line-b.Place.Line)
	})
}

func appendOnce(xs []string, x string) []string {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// writeEvents writes the topics and asynchronous paths.
func (l *List) writeEvents(b *strings.Builder) {
	if len(l.Topics) > 0 {
		fmt.Fprintf(b, "\n## Topics (%d)\n\nAfter extraction these go over the broker, and each message's schema is part of the contract: those other components share first.\n\n", len(l.Topics))
		for _, t := range l.Topics {
			var parts []string
			if len(t.Publishes) > 0 {
				parts = append(parts, "publishes at "+placeList(t.Publishes))
			}
			if len(t.Subscribes) > 0 {
				parts = append(parts, "subscribes at "+placeList(t.Subscribes))
			}
			if len(t.Publishers) > 0 {
				parts = append(parts, "also published by "+strings.Join(t.Publishers, ", "))
			}
			if len(t.Subscribers) > 0 {
				parts = append(parts, "subscribed by "+strings.Join(t.Subscribers, ", "))
			}
			fmt.Fprintf(b, "- `%s` (owner %s): %s\n", markdown.Text(t.Name), markdown.Text(cmp.Or(t.Owner, "none")), markdown.Text(strings.Join(parts, "; ")))
		}
	}
	if len(l.Async) > 0 {
		fmt.Fprintf(b, "\n## Asynchronous paths (%d)\n\nGo statements and channels between %s and others: messages, not requests, once they are apart.\n\n", len(l.Async), l.Component)
		for _, a := range l.Async {
			fmt.Fprintf(b, "- %s → %s: %s `%s` (`%s:%d`)\n", markdown.Text(cmp.Or(a.From, finding.Unclaimed)), markdown.Text(a.To), a.Kind, markdown.Text(a.Callee), markdown.Text(a.Place.File), a.Place.Line)
		}
	}
}

func placeList(ps []Place) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fmt.Sprintf("`%s:%d`", p.File, p.Line)
	}
	return strings.Join(out, ", ")
}
