package w // want package:"imports }"

// W is what mb calls back.
func W() int { return 1 }
