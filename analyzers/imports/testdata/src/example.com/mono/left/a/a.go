package a // want package:"imports example.com/mono/right/b}"

import "example.com/mono/right/b" // the cycle is reported at one import to break, right/c's

// A calls right.
func A() int { return b.B() }
