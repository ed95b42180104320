// Package driver runs boundarylint's analyzers over a whole module and
// returns what a run found as data: every finding, the import edges
// between components that the code actually has, and the module packages
// no component claims. Command boundarylint is a thin front end to it;
// custom tooling (drift reports, graphs, a cut list) calls it directly.
//
// Imports is the fast path: the import rules only, from import clauses,
// without type-checking.
package driver
