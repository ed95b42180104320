package x // want package:"imports example.com/tangle/c/x}"

import "example.com/tangle/c/x"

func B() int { return x.C() }
