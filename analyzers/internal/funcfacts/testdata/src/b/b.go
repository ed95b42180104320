package b

import "a"

func B(t *a.T) a.T { // want B:"marked"
	a.F()          // want "calls F, fact: true"
	t.M()          // want "calls M, fact: true"
	t.N()          // want "calls N, fact: true"
	return a.Get() // want "calls Get, fact: true"
}
