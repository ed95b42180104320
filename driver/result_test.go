package driver

import (
	"reflect"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
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
	got := componentEdges(spec, []packageImports{
		{Path: "example.com/m/a", Imports: []string{"example.com/m/b", "example.com/m/a/x", "fmt", "example.com/m/c"}},
		{Path: "example.com/m/a", Imports: []string{"example.com/m/b", "example.com/m/b/y"}, Test: true},
		{Path: "example.com/m/b/y", Imports: []string{"example.com/m/a"}, Test: true},
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
	if got := unclaimed(spec, []string{".", "a", "b/y", "c"}); !reflect.DeepEqual(got, []string{".", "c"}) {
		t.Errorf("unclaimed = %q, want [. c]", got)
	}
}
