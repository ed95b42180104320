package z // want package:"imports example.com/mono/ma/w}"

import "example.com/mono/ma/w"

// Z calls back into ma.
func Z() int { return w.W() }
