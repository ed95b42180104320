// Package vettool is boundarylint's side of the go vet tool protocol, and
// of the x/tools checker it runs in process: the -V=full answer (the build
// ID go vet keys its cache on, covering the spec, its baseline and the
// module's component cycles), the -flags answer with the top-level -spec
// flag, the *.cfg unit go vet passes for each package (its spec checked
// before analysing: a failure go vet never caches), the import graph
// -V=full saves for the units of one go vet run, and the token
// ($BOUNDARYLINT_CHECKED) by which a command that runs go vet with this
// executable tells -V=full that it has checked the spec already.
//
// The command's main hands Main every command line that is not one of its
// subcommands nor a whole-module run (WholeModule): a go vet unit, -V=full,
// -flags, "help ANALYZER", or the checker's in-process flags (-fix, -diff,
// -c, -debug, profiles).
//
// go vet caches results keyed on the tool's -V=full answer, its flags and
// the package sources, but not on the spec; the -V=full answer therefore
// covers the hash of the spec the packages will use (-spec read from go
// vet's own command line, else $BOUNDARYLINT_SPEC, else boundaries.yaml at
// the module root), and a spec that does not validate makes -V=full, and
// each package that loads it, fail: go vet never caches a failure.
package vettool
