package x // want package:"imports example.com/mono/mb/y}"

import "example.com/mono/mb/y" // a declared mutual pair: no cycle finding

// X calls mb.
func X() int { return y.Y() }
