//go:build release

package core

// Only the release build imports users: still an edge of the architecture.
import _ "example.com/gen/internal/users"
