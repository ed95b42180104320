package ctxstate

import (
	"fmt"
	"strings"
)

// keyFact is the object fact a function exports when a caller in another
// component can depend, through it, on a context key: it hands out the
// value of a key it reads, sets a key in the context it hands back, or
// returns a handler that sets one. It names keys, never owners, so it
// does not depend on the spec: go vet caches facts without looking at
// boundaries.yaml. Functions that only read or set a key for their own
// use (db.WithTx, a repository method calling db.GetEngine) export none.
type keyFact struct {
	Uses []keyUse // sorted by key, then kind, one place each
}

// keyUse is one key a function makes its callers depend on, how, and the
// place that reads or sets it, as "import/path/file.go:line".
type keyUse struct {
	Key    string // "import/path.Name": the package-level type, variable or constant used as the key
	Kind   useKind
	Result int // for handsOut: the result that carries the value
	At     string
}

// useKind is what a function does with a key for its callers.
type useKind uint8

const (
	// handsOut: it reads the key and returns the value (an accessor,
	// api.AccountFrom). Calls from another component are reported.
	handsOut useKind = iota
	// setsFor: it sets the key in the context it returns, or in the gin
	// or echo context it is passed (a setter, api.WithAccount). Not
	// reported by itself: it makes the closures that call it set the key.
	setsFor
	// middleware: it returns a handler that sets the key, itself or
	// through a setter or another constructor (auth.RequireAccount).
	// Calls from another component are reported.
	middleware
)

func (*keyFact) AFact() {}

func (f *keyFact) String() string {
	parts := make([]string, len(f.Uses))
	for i, u := range f.Uses {
		parts[i] = u.String()
	}
	return strings.Join(parts, "; ")
}

func (u keyUse) String() string {
	switch u.Kind {
	case handsOut:
		return fmt.Sprintf("hands out %s as result %d", u.Key, u.Result)
	case setsFor:
		return "sets " + u.Key + " for its caller"
	}
	return "sets " + u.Key + " in the handler it returns"
}

// writtenFact is the object fact a package-level variable of a mutable
// type exports when its own package writes it after initialisation: other
// components reading it share state with the package at run time.
type writtenFact struct {
	At string // the first write, as "import/path/file.go:line"
}

func (*writtenFact) AFact() {}

func (f *writtenFact) String() string { return "written after init at " + f.At }
