package drift

import (
	"slices"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// Topic is one topic a run's publish and subscribe sites name, with the
// components on each side.
type Topic struct {
	Name        string   `json:"name"`
	Owner       string   `json:"owner,omitempty"`
	Publishers  []string `json:"publishers,omitempty"`
	Subscribers []string `json:"subscribers,omitempty"`
}

// AddTopics records the topics of a run's events (driver.Result.Events).
// A snapshot of an earlier release has none recorded (nil), and drift
// compares topics only between two snapshots that record them, so that
// an old snapshot does not make every topic look new.
func (s *Snapshot) AddTopics(spec *boundary.Spec, events []finding.Event) {
	byName := map[string]*Topic{}
	for _, e := range events {
		if e.Async() || e.Topic == "" {
			continue
		}
		t := byName[e.Topic]
		if t == nil {
			t = &Topic{Name: e.Topic}
			if o := spec.OwnerOfTopic(e.Topic); o.Owner != nil {
				t.Owner = o.Owner.Name
			}
			byName[e.Topic] = t
		}
		side := &t.Subscribers
		if e.Kind == finding.EventPublish {
			side = &t.Publishers
		}
		if c := e.Component; c != "" && !slices.Contains(*side, c) {
			*side = append(*side, c)
		}
	}
	s.Topics = []Topic{}
	for _, t := range byName {
		slices.Sort(t.Publishers)
		slices.Sort(t.Subscribers)
		s.Topics = append(s.Topics, *t)
	}
	slices.SortFunc(s.Topics, func(a, b Topic) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
}

// compareTopics fills the topics added and removed, when both snapshots
// record topics.
func (r *Report) compareTopics(before, after *Snapshot) {
	if before.Topics == nil || after.Topics == nil {
		return
	}
	names := func(ts []Topic) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.Name)
		}
		return out
	}
	was, is := names(before.Topics), names(after.Topics)
	for _, t := range is {
		if !slices.Contains(was, t) {
			r.NewTopics = append(r.NewTopics, t)
		}
	}
	for _, t := range was {
		if !slices.Contains(is, t) {
			r.RemovedTopics = append(r.RemovedTopics, t)
		}
	}
	r.Topics = len(is)
}
