package boundary

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing"
)

// TestFeedbackArcsLightest: in a loop of three, the lightest import is the
// one to break; a two-way pair gives up its lighter direction.
func TestFeedbackArcsLightest(t *testing.T) {
	for _, tc := range []struct {
		arcs []Arc
		want []Arc
	}{
		{[]Arc{{"a", "b", 5}, {"b", "c", 4}, {"c", "a", 1}}, []Arc{{"c", "a", 1}}},
		{[]Arc{{"a", "b", 1}, {"b", "c", 4}, {"c", "a", 5}}, []Arc{{"a", "b", 1}}},
		{[]Arc{{"a", "b", 3}, {"b", "a", 2}}, []Arc{{"b", "a", 2}}},
		{[]Arc{{"a", "b", 1}, {"b", "c", 1}}, nil},
		{[]Arc{{"a", "a", 1}}, nil},
		// two loops sharing the arc b -> c: breaking it breaks both
		{[]Arc{{"a", "b", 3}, {"b", "c", 1}, {"c", "a", 3}, {"c", "d", 3}, {"d", "b", 3}}, []Arc{{"b", "c", 1}}},
	} {
		if got := FeedbackArcs(tc.arcs); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("FeedbackArcs(%v) = %v, want %v", tc.arcs, got, tc.want)
		}
	}
}

// TestFeedbackArcsBreaksEveryLoop: on random graphs, removing the result
// leaves no cycle, and every arc of it is needed (putting it back alone
// closes a cycle), whatever the order of the input.
func TestFeedbackArcsBreaksEveryLoop(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		var arcs []Arc
		n := 2 + r.Intn(9)
		for i := 0; i < n*2; i++ {
			arcs = append(arcs, Arc{fmt.Sprint(r.Intn(n)), fmt.Sprint(r.Intn(n)), 1 + r.Intn(5)})
		}
		fas := FeedbackArcs(arcs)
		shuffled := append([]Arc(nil), arcs...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if again := FeedbackArcs(shuffled); !reflect.DeepEqual(again, fas) {
			t.Fatalf("FeedbackArcs depends on the order of its input: %v, then %v", fas, again)
		}
		cut := map[[2]string]bool{}
		for _, a := range fas {
			cut[[2]string{a.From, a.To}] = true
		}
		var rest []Arc
		for _, a := range arcs {
			if !cut[[2]string{a.From, a.To}] && a.From != a.To {
				rest = append(rest, a)
			}
		}
		for _, a := range rest {
			if reaches(rest, a.To, a.From) {
				t.Fatalf("%v left after removing %v: %v closes a cycle", arcs, fas, a)
			}
		}
		for _, a := range fas {
			if !reaches(rest, a.To, a.From) {
				t.Fatalf("%v: %v in the result closes no cycle when put back", arcs, a)
			}
		}
	}
}
