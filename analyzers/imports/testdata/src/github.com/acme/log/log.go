package log // want package:"imports }"

// Print logs.
func Print(string) {}
