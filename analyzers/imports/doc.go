// Package imports defines an Analyzer that enforces the import rules of a
// boundaries.yaml spec.
//
// # Analyzer imports
//
// imports: check imports against the component boundaries in boundaries.yaml
//
// Each rule below is documented once, with a bad and a good example, in the
// rule registry: `boundarylint help RULE` prints it, and docs/rules.md lists
// every rule. This comment tells the analyzer's story.
//
// Each package of the module belongs to the component with the most specific
// matching pattern in the spec. For every import in a file of component A:
//
//   - imports/forbidden: the imported package belongs to component B, B is not A, not
//     shared, and not in A's depends_on; or B is a composition root
//     (composition_root: true), which nothing may import;
//   - imports/private: B is allowed, but the package is not in B's api, and A is not
//     a composition root (which may import any package of what it wires);
//   - imports/reserved: a third-party import that external reserves to other components;
//   - imports/unassigned: with "unassigned: deny", importing a package no component
//     claims; with warn or deny, each unclaimed package is itself reported;
//   - imports/isolated: a component marked isolated must reach, through any chain of
//     imports, only itself, its depends_on, the standard library and
//     third-party code not reserved to others. The finding sits on the import
//     that opens the path and prints the whole chain;
//   - imports/cycle: components whose packages import each other in a loop. Each
//     strongly connected set of components is reported once, with every
//     component in it and one import for each edge between them, at the
//     import that makes its first edge (by component names) not declared
//     under mutual. A set whose every edge joins a mutual pair is not
//     reported. Imports made only by test files take no part in cycles.
//
// For example, with
//
//	components:
//	  payments:
//	    packages: [internal/payments/...]
//	    api: [internal/payments/api]
//	  orders:
//	    packages: [internal/orders/...]
//	    depends_on: [payments]
//
// this file of orders is reported:
//
//	package service
//
//	import "example.com/monolith/internal/payments/ledger" // private to payments: import internal/payments/api instead
//
// The standard library is always allowed and a component may always import
// its own packages. Test files follow their package's component; with
// "tests: exempt" they are exempt from the forbidden, private and reserved
// rules. Findings can be silenced with //boundarylint:ignore <reason>.
//
// Run with -findings (drivers only), the analyzer also describes each
// package a component's api lists: an imports/api note at its package
// clause carries the package's exported declarations, printed as Go from
// its types (finding.APIPackage), for the architecture document's api
// section. It is no finding, and go vet, golangci-lint and nogo never see
// it.
//
// The isolation rule rests on a package fact that records each package's
// direct non-standard imports. The fact does not depend on the spec (go vet
// caches facts without looking at boundaries.yaml), so the spec is applied
// only where findings are reported. A cycle can run through packages that
// no single package depends on, so the cycle rule reads the whole module's
// import clauses instead (once per process; under go vet, once per run, in
// boundarylint -V=full, which saves them for the -graph flag and puts a
// digest of the cycles in the tool's build ID), and so does the isolation
// rule for the module packages whose facts go vet's decoder drops.
package imports
