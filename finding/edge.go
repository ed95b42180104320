package finding

// Edge is a dependency of one component on another that the code has:
// every package import from a package of From into a package of To. Edges
// are data of a run, like findings: drivers compute them, reports read
// them, so they live here rather than in either.
type Edge struct {
	From, To string // component names
	Imports  []Import
}

// Import is one package importing another across components.
type Import struct {
	From, To string // import paths
	Test     bool   // only the package's tests import it
	// Uses are the package-level names of To that From's files name
	// (Charge, Account), sorted; filled only when a driver is asked for
	// them, for non-test imports.
	Uses []string
	// Sites are the import statements of To in From's files (its test
	// files for a Test import): where the dependency is written, one per
	// statement, the unit findings count.
	Sites []Position `json:",omitempty"`
}
