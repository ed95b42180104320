// Package tagged keeps forbidden imports in files that the default build
// leaves out: an import is part of the architecture in every build.
package tagged

import "example.com/mono/platform/db"

// Now is built everywhere.
func Now() string { return db.Quote("now") }
