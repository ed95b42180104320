// Package route routes requests: route, store and notify import one another
// one way round, a cycle that mutual cannot declare.
package route

import _ "example.com/gen/internal/store"
