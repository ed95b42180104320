// Package driver runs boundarylint's analyzers over a whole module and
// returns what a run found as data: every finding, the import edges
// between components that the code actually has, and the module packages
// no component claims. Command boundarylint is a thin front end to it;
// custom tooling (drift reports, graphs, a cut list) calls it directly.
//
// Vet is the whole-module run: every analyzer, through go vet with a
// boundarylint executable as its tool, so that each package is analysed
// in a small process of its own and unchanged packages are replayed from
// go vet's cache. Imports is the fast path: the import rules only, from
// import clauses, without type-checking. Result.ApplyBaseline applies a
// baseline to either run as a whole.
package driver
