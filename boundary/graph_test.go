package boundary

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

const cycleSpec = `version: 1
components:
  a: {packages: [a/...], depends_on: [b]}
  b: {packages: [b/...], depends_on: [a]}
  c: {packages: [c/...]}
  d: {packages: [d/...]}
  e: {packages: [e/...]}
mutual:
  - [a, b]
`

// describeCycles prints cycles as "members: edges (witnesses) @ where".
func describeCycles(cycles []Cycle) string {
	var out []string
	for _, c := range cycles {
		var names, edges, loop []string
		for _, m := range c.Components {
			names = append(names, m.Name)
		}
		for _, e := range c.Edges {
			mutual := ""
			if e.Mutual {
				mutual = " mutual"
			}
			edges = append(edges, fmt.Sprintf("%s->%s(%s>%s%s)", e.From.Name, e.To.Name, rel(e.Witness.From), rel(e.Witness.To), mutual))
		}
		for _, m := range c.Loop {
			loop = append(loop, m.Name)
		}
		out = append(out, fmt.Sprintf("%s: %s loop[%s] @ %s>%s", strings.Join(names, ","), strings.Join(edges, " "), strings.Join(loop, ","), rel(c.At.From), rel(c.At.To)))
	}
	return strings.Join(out, "\n")
}

func rel(p string) string { return strings.TrimPrefix(p, mod+"/") }

func TestImportCycles(t *testing.T) {
	s := mustParse(t, cycleSpec)
	m := func(rels ...string) []string {
		for i := range rels {
			rels[i] = mod + "/" + rels[i]
		}
		return rels
	}
	tests := []struct {
		name    string
		imports map[string][]string
		want    string
	}{
		{"no cycle", map[string][]string{mod + "/c/x": m("d/y"), mod + "/d/y": m("e/z")}, ""},
		{"two components, least witness, reported at an import to break",
			map[string][]string{mod + "/c/x": m("d/y", "d/a"), mod + "/c/b": m("d/z"), mod + "/d/y": m("c/q")},
			"c,d: c->d(c/b>d/z) d->c(d/y>c/q) loop[c,d,c] @ d/y>c/q"},
		{"a strongly connected set of three is named whole",
			map[string][]string{mod + "/c/x": m("d/y", "e/z"), mod + "/d/y": m("e/w"), mod + "/e/w": m("c/v"), mod + "/e/z": m("d/u")},
			"c,d,e: c->d(c/x>d/y) c->e(c/x>e/z) d->e(d/y>e/w) e->c(e/w>c/v) e->d(e/z>d/u) loop[] @ e/w>c/v"},
		{"a declared mutual pair is no cycle",
			map[string][]string{mod + "/a/x": m("b/y"), mod + "/b/y": m("a/z")}, ""},
		{"a loop through a mutual pair and another edge is, reported at an undeclared edge",
			map[string][]string{mod + "/a/x": m("b/y"), mod + "/b/y": m("a/z", "c/w"), mod + "/c/w": m("a/v")},
			"a,b,c: a->b(a/x>b/y mutual) b->a(b/y>a/z mutual) b->c(b/y>c/w) c->a(c/w>a/v) loop[] @ c/w>a/v"},
		{"unclaimed packages and other modules take no part",
			map[string][]string{mod + "/c/x": m("tools/y"), mod + "/tools/y": m("c/z"), "other.com/q": m("c/z")}, ""},
	}
	for _, tt := range tests {
		cycles := s.ImportCycles(tt.imports)
		if got := describeCycles(cycles); got != tt.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tt.name, got, tt.want)
		}
		// What a go vet unit reads back is the cycle its -V=full step found.
		data, err := json.Marshal(SaveCycles(cycles))
		if err != nil {
			t.Fatal(err)
		}
		var saved []SavedCycle
		if err := json.Unmarshal(data, &saved); err != nil {
			t.Fatal(err)
		}
		if loaded, err := s.LoadCycles(saved); err != nil || !reflect.DeepEqual(loaded, cycles) {
			t.Errorf("%s: saved and loaded cycles differ (%v):\ngot  %s\nwant %s", tt.name, err, describeCycles(loaded), tt.want)
		}
	}
	other := mustParse(t, "version: 1\ncomponents:\n  z: {packages: [z/...]}\n")
	if _, err := other.LoadCycles([]SavedCycle{{Edges: []SavedEdge{{From: "c", To: "d"}}}}); err == nil {
		t.Error("cycles saved for another spec loaded")
	}
}

// TestCycleBreaks: the imports to break are the forbidden ones wherever
// they break every loop, a pair of two loops gives up one direction, and
// the finding sits on an import to break, never on one depends_on allows.
func TestCycleBreaks(t *testing.T) {
	s := mustParse(t, `version: 1
components:
  a: {packages: [a/...], depends_on: [b]}
  b: {packages: [b/...], depends_on: [c]}
  c: {packages: [c/...]}
  d: {packages: [d/...]}
`)
	imports := map[string][]string{
		mod + "/a/x": {mod + "/b/y"}, // allowed
		mod + "/b/y": {mod + "/c/z"}, // allowed
		mod + "/c/z": {mod + "/a/x", mod + "/d/w"},
		mod + "/d/w": {mod + "/c/z"},
	}
	cycles := s.ImportCycles(imports)
	if len(cycles) != 1 {
		t.Fatalf("%d cycles, want one strongly connected set: %s", len(cycles), describeCycles(cycles))
	}
	var got []string
	for _, e := range s.CycleBreaks(cycles[0]) {
		got = append(got, e.From.Name+"->"+e.To.Name)
	}
	if want := []string{"c->a", "d->c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("breaks %v, want %v: the forbidden c->a, not the allowed a->b or b->c, and one side of the pair c, d", got, want)
	}
	if at := cycles[0].At; at.From != mod+"/c/z" || at.To != mod+"/a/x" {
		t.Errorf("reported at %s > %s, want the first import to break, c/z > a/x", at.From, at.To)
	}
}

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
