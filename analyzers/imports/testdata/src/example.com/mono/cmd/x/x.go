package x // want package:"imports example.com/mono/left/a example.com/mono/right/c}"

// Package x sees the left/right cycle whole, but reports nothing: the
// cycle is reported once, on the cycle.

import (
	"example.com/mono/left/a"
	"example.com/mono/right/c"
)

// Sum uses both.
func Sum() int { return a.A() + c.C() }
