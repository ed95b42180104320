package c

import "b"

// C calls a method of a's T without importing a: go vet would have copied
// an object fact about the method into b's fact file; the table of a is
// read only by a's direct importers, so the call finds no fact.
func C() { // want C:"marked"
	t := b.B(nil) // want "calls B, fact: true"
	t.M()         // want "calls M, fact: false"
}
