package d // want package:"imports }"

// D is what right calls back.
func D() int { return 1 }
