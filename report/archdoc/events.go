package archdoc

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/report/markdown"
)

// topicRow is one topic of the events section.
type topicRow struct {
	topic, owner            string
	publishers, subscribers []string // "component (`file:line`)", sorted
}

// topicRows groups the run's publish and subscribe sites by topic, in
// topic order.
func topicRows(in *Input) []topicRow {
	byTopic := map[string]*topicRow{}
	var order []string
	for _, e := range in.Events {
		if e.Async() || e.Topic == "" {
			continue
		}
		r := byTopic[e.Topic]
		if r == nil {
			r = &topicRow{topic: e.Topic, owner: "—"}
			if o := in.Spec.OwnerOfTopic(e.Topic); o.Owner != nil {
				r.owner = o.Owner.Name
			}
			byTopic[e.Topic] = r
			order = append(order, e.Topic)
		}
		s := fmt.Sprintf("%s (`%s:%d`)", markdown.Cell(orDash(e.Component)), markdown.Cell(relFile(e.Pos)), e.Pos.Line)
		if e.Kind == finding.EventPublish {
			r.publishers = append(r.publishers, s)
		} else {
			r.subscribers = append(r.subscribers, s)
		}
	}
	slices.Sort(order)
	out := make([]topicRow, len(order))
	for i, t := range order {
		r := byTopic[t]
		slices.Sort(r.publishers)
		slices.Sort(r.subscribers)
		out[i] = *r
	}
	return out
}

// eventsSection lists each topic with its owner, publishers and
// subscribers, then the asynchronous paths between components.
func eventsSection(b *bytes.Buffer, in *Input) {
	rows := topicRows(in)
	if len(rows) == 0 {
		b.WriteString("No publish or subscribe site found (the events analyzer knows watermill, NATS, Kafka, SQS/SNS and Pub/Sub clients, and the buses the spec's events section declares).\n")
	} else {
		b.WriteString("| Topic | Owner | Publishers | Subscribers |\n|---|---|---|---|\n")
		for _, r := range rows {
			fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", markdown.Cell(r.topic), markdown.Cell(r.owner), orDash(joinBR(r.publishers)), orDash(joinBR(r.subscribers)))
		}
	}
	async := asyncEvents(in)
	if len(async) == 0 {
		return
	}
	b.WriteString("\nAsynchronous paths (a go statement or a channel into another component; they become messages once it is a service):\n\n")
	for _, e := range async {
		fmt.Fprintf(b, "- `%s:%d` %s → %s: %s `%s`\n", markdown.Text(relFile(e.Pos)), e.Pos.Line, markdown.Text(orDash(e.Component)), markdown.Text(e.ToComponent), asyncWhat(e), markdown.Text(e.Callee))
	}
}

func asyncEvents(in *Input) []finding.Event {
	var out []finding.Event
	for _, e := range in.Events {
		if e.Async() {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b finding.Event) int { return cmpPos(a.Pos, b.Pos) })
	return out
}

// asyncWhat says what an asynchronous path does, before its callee.
func asyncWhat(e finding.Event) string {
	switch {
	case e.Kind == finding.EventGo:
		return "go statement calls"
	case strings.HasPrefix(e.Callee, "chan "):
		return "sends on a"
	}
	return "channel passed to or returned by"
}

// eventPaths returns, per pair of components, the topics one publishes
// and the other subscribes to: "from → to" -> topics, sorted.
func eventPaths(in *Input) (pairs []string, topics map[string][]string) {
	topics = map[string][]string{}
	pubs, subs := map[string][]string{}, map[string][]string{}
	for _, e := range in.Events {
		switch {
		case e.Async() || e.Topic == "" || e.Component == "":
		case e.Kind == finding.EventPublish:
			pubs[e.Topic] = appendOnce(pubs[e.Topic], e.Component)
		default:
			subs[e.Topic] = appendOnce(subs[e.Topic], e.Component)
		}
	}
	for t, ps := range pubs {
		for _, p := range ps {
			for _, s := range subs[t] {
				if p == s {
					continue
				}
				k := p + " → " + s
				if topics[k] == nil {
					pairs = append(pairs, k)
				}
				topics[k] = appendOnce(topics[k], t)
			}
		}
	}
	slices.Sort(pairs)
	for _, ts := range topics {
		slices.Sort(ts)
	}
	return pairs, topics
}

func appendOnce(xs []string, x string) []string {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// pathKinds writes the paths section's asynchronous and event paths.
func pathKinds(b *bytes.Buffer, in *Input) {
	if async := asyncEvents(in); len(async) > 0 {
		b.WriteString("\nAsynchronous paths (go statements and channels into another component):\n\n")
		for _, e := range async {
			fmt.Fprintf(b, "- async %s → %s: %s `%s` (`%s:%d`)\n", markdown.Text(orDash(e.Component)), markdown.Text(e.ToComponent), asyncWhat(e), markdown.Text(e.Callee), markdown.Text(relFile(e.Pos)), e.Pos.Line)
		}
	}
	pairs, topics := eventPaths(in)
	if len(pairs) == 0 {
		return
	}
	b.WriteString("\nEvent paths (a topic one component publishes and the other subscribes to):\n\n")
	for _, p := range pairs {
		ts := make([]string, len(topics[p]))
		for i, t := range topics[p] {
			ts[i] = "`" + markdown.Text(t) + "`"
		}
		fmt.Fprintf(b, "- event %s: %s\n", markdown.Text(p), strings.Join(ts, ", "))
	}
}
