package driver

import (
	"reflect"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

func TestComponentEdges(t *testing.T) {
	spec, err := boundary.Parse("boundaries.yaml", []byte(`version: 1
module: example.com/m
components:
  a: {packages: [a/...]}
  b: {packages: [b/...]}
`), "")
	if err != nil {
		t.Fatal(err)
	}
	got, withUnclaimed := componentEdges(spec, []packageImports{
		{Path: "example.com/m/a", Imports: []string{"example.com/m/b", "example.com/m/a/x", "fmt", "example.com/m/c"}},
		{Path: "example.com/m/a", Imports: []string{"example.com/m/b", "example.com/m/b/y"}, Test: true},
		{Path: "example.com/m/b/y", Imports: []string{"example.com/m/a"}, Test: true},
		{Path: "example.com/m/c", Imports: []string{"example.com/m/b/y", "example.com/m/d", "example.com/other"}},
	})
	want := []Edge{
		{From: "a", To: "b", Imports: []Import{
			{From: "example.com/m/a", To: "example.com/m/b"},
			{From: "example.com/m/a", To: "example.com/m/b/y", Test: true},
		}},
		{From: "b", To: "a", Imports: []Import{{From: "example.com/m/b/y", To: "example.com/m/a", Test: true}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("componentEdges:\n got %+v\nwant %+v", got, want)
	}
	// Unclaimed module packages couple to components too: a's cut and b's
	// include them. Imports between unclaimed packages, or out of the
	// module, are nobody's.
	wantUnclaimed := []Edge{
		{From: finding.Unclaimed, To: "b", Imports: []Import{{From: "example.com/m/c", To: "example.com/m/b/y"}}},
		{From: "a", To: finding.Unclaimed, Imports: []Import{{From: "example.com/m/a", To: "example.com/m/c"}}},
	}
	if !reflect.DeepEqual(withUnclaimed, wantUnclaimed) {
		t.Errorf("componentEdges, unclaimed:\n got %+v\nwant %+v", withUnclaimed, wantUnclaimed)
	}
	if got := unclaimed(spec, []string{".", "a", "b/y", "c"}); !reflect.DeepEqual(got, []string{".", "c"}) {
		t.Errorf("unclaimed = %q, want [. c]", got)
	}
}
