package y // want package:"imports }"

// Y is what ma calls.
func Y() int { return 2 }
