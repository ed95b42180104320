package x // want package:"imports example.com/tangle/d/x}"

import "example.com/tangle/d/x"

func C() int { return x.D() }
