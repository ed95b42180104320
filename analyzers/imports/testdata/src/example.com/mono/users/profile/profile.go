package profile // want package:"imports }"

// Name returns a user's display name.
func Name(id int) string { return "user" }
