package b // want package:"imports }"

// B is what left calls.
func B() int { return 2 }
