package ctxstate

import "strings"

// keyFact is the object fact a function exports when it reads or sets
// context keys, directly or through the functions it calls. It names keys,
// never owners, so it does not depend on the spec: go vet caches facts
// without looking at boundaries.yaml.
type keyFact struct {
	Uses []keyUse // sorted by key, reads before sets, one place each
}

// keyUse is one key a function reads or sets, and the first place that
// does, as "import/path/file.go:line".
type keyUse struct {
	Key string // "import/path.Name": the package-level type, variable or constant used as the key
	Set bool
	At  string
}

func (*keyFact) AFact() {}

func (f *keyFact) String() string {
	parts := make([]string, len(f.Uses))
	for i, u := range f.Uses {
		parts[i] = u.verb() + " " + u.Key
	}
	return strings.Join(parts, "; ")
}

func (u keyUse) verb() string {
	if u.Set {
		return "sets"
	}
	return "reads"
}

// writtenFact is the object fact a package-level variable of a mutable
// type exports when its own package writes it after initialisation: other
// components reading it share state with the package at run time.
type writtenFact struct {
	At string // the first write, as "import/path/file.go:line"
}

func (*writtenFact) AFact() {}

func (f *writtenFact) String() string { return "written after init at " + f.At }
