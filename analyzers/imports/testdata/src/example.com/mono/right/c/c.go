package c // want package:"imports example.com/mono/left/d}"

import "example.com/mono/left/d" // want `right/c imports left/d, which belongs to component left that right may not depend on` `component cycle left -> right -> left: left/a imports right/b, right/c imports left/d; remove the import here \(right/c imports left/d\), which depends_on does not allow`

// C calls back into left; no package below cmd/ imports both a and c.
func C() int { return d.D() }
