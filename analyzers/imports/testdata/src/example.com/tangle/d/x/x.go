package x // want package:"imports }"

func D() int { return 1 }
