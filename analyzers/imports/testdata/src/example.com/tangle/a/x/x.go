package x // want package:"imports example.com/tangle/b/x}"

// This package is allowed to import b: the loops through it are broken elsewhere.

import "example.com/tangle/b/x"

func A() int { return x.B() }
