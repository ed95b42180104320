package a // want package:"imports example.com/mono/right/b}"

import "example.com/mono/right/b" // want `component cycle left -> right -> left: left/a imports right/b, right/c imports left/d; remove one of these imports`

// A calls right.
func A() int { return b.B() }
