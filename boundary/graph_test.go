package boundary

import (
	"reflect"
	"testing"
)

func TestStronglyConnected(t *testing.T) {
	edges := map[string][]string{
		"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, // a cycle of three, leaving to d
		"d": {"e"}, "e": {"d"}, // a mutual pair
		"f": {"f"}, // a self loop is a singleton
	}
	got := StronglyConnected([]string{"f", "e", "d", "c", "b", "a", "g"}, func(n string) []string { return edges[n] })
	want := [][]string{{"d", "e"}, {"a", "b", "c"}, {"f"}, {"g"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("StronglyConnected = %v, want %v", got, want)
	}
}
