// Package funcfacts carries an analyzer's facts about functions and
// methods from the package that declares them to the packages that call
// them, at the cost of go vet's fact files that facts about functions
// have, not the cost facts about methods would.
//
// go vet writes a fact about a package-level function into its own
// package's fact file only, which the packages importing it read. A fact
// about a method it copies into the fact file of every package that
// depends on the method's package, directly or not, since a method can be
// called on a value whose type's package the caller never imports. On
// gitea those copies made the suite's fact files ten times the size of
// the facts themselves (30 MB over 2,000 units). So a method's fact
// travels in one package fact of its package, a Table keyed by Key, which
// only the packages importing that package directly read. The price: a
// call of a method on a value of a type whose package the caller does not
// import (ctx.Repo.Repository.GetOwner() in a package that never imports
// the repository package) finds no fact, as a call through an interface
// finds none.
//
// A fact is exported only where another package can call the function: an
// exported function or method, of a package that is neither a command
// nor an external test package, and not a test function.
package funcfacts

import (
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// A Table is the package fact that holds the facts of a package's
// methods, sorted by Key (a fact's encoding must not change from run to
// run, as a map's would). Each analyzer declares its own (gob needs one
// registered type per table):
//
//	type methodFacts struct{ Methods []funcfacts.Entry[*tableFact] }
//	func (*methodFacts) AFact() {}
//	func (t *methodFacts) Entries() *[]funcfacts.Entry[*tableFact] { return &t.Methods }
type Table[F analysis.Fact] interface {
	analysis.Fact
	Entries() *[]Entry[F]
}

// Entry is one method's fact in a Table.
type Entry[F analysis.Fact] struct {
	Key  string
	Fact F
}

// Facts is one pass's view of an analyzer's function facts.
type Facts[F analysis.Fact] struct {
	pass     *analysis.Pass
	newFact  func() F
	newTable func() Table[F]
	own      map[string]F
	imported map[*types.Package]map[string]F
	direct   map[*types.Package]bool // the package's direct imports, once asked
}

// New returns the view of pass; newFact and newTable return empty values
// of the analyzer's fact and table types.
func New[F analysis.Fact](pass *analysis.Pass, newFact func() F, newTable func() Table[F]) *Facts[F] {
	return &Facts[F]{pass: pass, newFact: newFact, newTable: newTable,
		own: map[string]F{}, imported: map[*types.Package]map[string]F{}}
}

// Key names a method in its package's table: "T.M" for a method of T or
// *T, "" for a function (or a method of an unnamed type, as of an
// interface literal).
func Key(fn *types.Func) string {
	if r := typenames.RecvName(fn); r != "" {
		return r + "." + fn.Name()
	}
	return ""
}

// Callable reports whether a package other than fn's own can call fn, so
// that a fact about it may be worth its bytes: an exported function or
// method of a package that is neither a command nor an external test
// package.
func Callable(fn *types.Func) bool {
	pkg := fn.Pkg()
	return fn.Exported() && pkg != nil && pkg.Name() != "main" && !strings.HasSuffix(pkg.Path(), "_test")
}

// Export records f as fn's fact when another package can call fn; call
// Finish once the pass has exported them all.
func (x *Facts[F]) Export(fn *types.Func, f F) {
	fn = fn.Origin()
	if !Callable(fn) || fn.Pkg() != x.pass.Pkg || x.testFunc(fn) {
		return
	}
	if fn.Signature().Recv() == nil {
		x.pass.ExportObjectFact(fn, f)
	} else if k := Key(fn); k != "" {
		x.own[k] = f
	}
}

// testFunc reports whether fn is a test, benchmark, fuzz test or example
// of a _test.go file, which only the generated test main calls: a third
// of gitea's function facts were its tests'.
func (x *Facts[F]) testFunc(fn *types.Func) bool {
	if fn.Signature().Recv() != nil || !strings.HasSuffix(x.pass.Fset.Position(fn.Pos()).Filename, "_test.go") {
		return false
	}
	for _, prefix := range []string{"Test", "Benchmark", "Fuzz", "Example"} {
		if strings.HasPrefix(fn.Name(), prefix) {
			return true
		}
	}
	return false
}

// Finish exports the table of the package's method facts, if it has any.
func (x *Facts[F]) Finish() {
	if len(x.own) == 0 {
		return
	}
	t := x.newTable()
	for _, k := range slices.Sorted(maps.Keys(x.own)) {
		*t.Entries() = append(*t.Entries(), Entry[F]{k, x.own[k]})
	}
	x.pass.ExportPackageFact(t)
}

// Import returns fn's fact: exported by this pass, or by the package that
// declares fn when this one imports it.
func (x *Facts[F]) Import(fn *types.Func) (F, bool) {
	var none F
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return none, false
	}
	if fn.Signature().Recv() == nil {
		f := x.newFact()
		return f, x.pass.ImportObjectFact(fn, f)
	}
	methods := x.own
	if fn.Pkg() != x.pass.Pkg {
		if !x.imports(fn.Pkg()) {
			// go vet hands a package the facts of its direct imports only;
			// the other drivers hand it all, and every mode must find the same
			return none, false
		}
		var ok bool
		if methods, ok = x.imported[fn.Pkg()]; !ok {
			t := x.newTable()
			if x.pass.ImportPackageFact(fn.Pkg(), t) {
				methods = make(map[string]F, len(*t.Entries()))
				for _, e := range *t.Entries() {
					methods[e.Key] = e.Fact
				}
			}
			x.imported[fn.Pkg()] = methods
		}
	}
	f, ok := methods[Key(fn)]
	return f, ok
}

// imports reports whether the pass's package imports pkg directly.
func (x *Facts[F]) imports(pkg *types.Package) bool {
	if x.direct == nil {
		x.direct = map[*types.Package]bool{}
		for _, p := range x.pass.Pkg.Imports() {
			x.direct[p] = true
		}
	}
	return x.direct[pkg]
}

// String prints a table for analysistest's want comments: "T.M: fact; …".
func String[F analysis.Fact](t Table[F]) string {
	var b strings.Builder
	for i, e := range *t.Entries() {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Key + ": ")
		if s, ok := any(e.Fact).(interface{ String() string }); ok {
			b.WriteString(s.String())
		}
	}
	return b.String()
}
