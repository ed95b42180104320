package util // want package:"imports example.com/mono/users/profile}"

import "example.com/mono/users/profile"

// Label decorates a user's name: the shared package that leaks users into payments.
func Label(id int) string { return "[" + profile.Name(id) + "]" }
