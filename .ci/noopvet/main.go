// Command noopvet is the performance floor for boundarylint: a vet tool
// whose single analyzer does nothing but declare a package fact, so that go
// vet type-checks every package and its dependencies exactly as it does for
// boundarylint. .ci/bench compares the two.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

type noFact struct{}

func (*noFact) AFact() {}

var noop = &analysis.Analyzer{
	Name:      "noop",
	Doc:       "do nothing, as the floor every go/analysis tool pays",
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(noop) }
