package specsource

import (
	"flag"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/internal/analyzerdoc"
	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
)

// Binding is what a driver that has loaded them hands the rule analyzers,
// in place of what their flags would make each pass find: the spec, the
// baseline and the module's import graph. Package suite exports it.
type Binding struct {
	// Spec is the spec every pass applies, loaded (and, for a whole
	// module, checked against it: modspec.LocateAndCheck).
	Spec *boundary.Spec

	// Baseline holds the accepted findings the analyzers mark or leave
	// out; nil applies none. An analyzer's -baseline flag, when set,
	// overrides it.
	Baseline *baseline.Baseline

	// Graph is the module's import graph, which the imports analyzer's
	// cycle and isolation rules follow, when the driver has read it with
	// the packages it analyses (the rules then see the same files); nil:
	// GraphFile, else the analyzer reads the module itself.
	Graph *modscan.Graph

	// GraphFile is a graph saved for this run (modscan.Graph.Save), which
	// the imports analyzer reads instead of the module: boundarylint's
	// -V=full saves one for each go vet run.
	GraphFile string

	// Findings attaches each finding, encoded, to its diagnostic and
	// reports the baselined ones too, marked: for drivers that read
	// findings as data (package suppress). The -findings flag does the
	// same for one analyzer.
	Findings bool
}

// Key identifies what, besides the sources of a package and of its
// dependencies, the findings of a run bound to b depend on: the spec's
// content; with a Graph, the module's component cycles and the files its
// build leaves out (a cycle opens or closes through an import anywhere in
// the module, and the import rules read excluded files too); and the
// baseline's content. A cache keyed on package sources must cover it:
// boundarylint's -V=full answer (go vet's key) and the golangci-lint
// plugin's stamp analyzer hash it.
func (b Binding) Key() string {
	key := "spec " + b.Spec.Name + " " + b.Spec.Hash
	if b.Graph != nil {
		key += "\x00cycles " + boundary.CyclesDigest(b.Graph.Cycles(b.Spec)) + " excluded " + b.Graph.Excluded
	}
	if b.Baseline == nil {
		return key + "\x00no baseline"
	}
	return key + "\x00baseline " + b.Baseline.Hash
}

// Def is a rule analyzer apart from where its spec comes from: what each of
// its analyzer values shares. An analyzer's package declares its Def and
// exports Def.Analyzer() as its Analyzer; Bind makes the bound copies.
type Def struct {
	Name      string
	Doc       string // the package's doc.go, embedded (package analyzerdoc)
	FactTypes []analysis.Fact

	// Run returns the run of one analyzer value, whose spec, baseline and
	// graph src yields. It may declare flags of the analyzer's own on fs
	// and keep state for the value's lifetime in its closure, as the
	// imports analyzer keeps the module's import graph. A rule with
	// neither uses Pass.
	Run func(src *Source, fs *flag.FlagSet) func(*analysis.Pass) (any, error)
}

// Pass is the Def.Run of a rule whose run needs only the pass and src.
func Pass(run func(*analysis.Pass, *Source) (any, error)) func(*Source, *flag.FlagSet) func(*analysis.Pass) (any, error) {
	return func(src *Source, _ *flag.FlagSet) func(*analysis.Pass) (any, error) {
		return func(pass *analysis.Pass) (any, error) { return run(pass, src) }
	}
}

// Analyzer returns the rule's flag-configured analyzer: its package's
// Analyzer, configured by -spec, -baseline and -findings (go vet's and
// nogo's way), or by discovery.
func (d Def) Analyzer() *analysis.Analyzer { return d.analyzer(&Source{}, d.doc()) }

// doc is the Analyzer.Doc of the rule: its section of the package doc.
func (d Def) doc() string { return analyzerdoc.Extract(d.Doc, d.Name) }

// analyzer returns a new analyzer value of the rule, reading from src.
func (d Def) analyzer(src *Source, doc string) *analysis.Analyzer {
	src.def = d
	a := &analysis.Analyzer{
		Name:       d.Name,
		Doc:        doc,
		URL:        "https://pkg.go.dev/github.com/boundarylint/boundarylint/analyzers/" + d.Name,
		FactTypes:  d.FactTypes,
		ResultType: suppress.ResultType,
	}
	src.RegisterFlags(&a.Flags)
	a.Run = d.Run(src, &a.Flags)
	return a
}

// Bind returns a new analyzer of the rule of a (any analyzer a Def made,
// flag-configured or bound) bound to b, and false when a is not a rule
// analyzer (ignores, another tool's).
func Bind(a *analysis.Analyzer, b Binding) (*analysis.Analyzer, bool) {
	f := a.Flags.Lookup("spec")
	if f == nil {
		return nil, false
	}
	v, ok := f.Value.(specValue)
	if !ok || v.src == nil || v.src.def.Run == nil {
		return nil, false
	}
	return v.src.def.analyzer(&Source{bound: &b}, a.Doc), true // a's doc, read when a was built: each go vet unit binds every analyzer
}

// Bound returns a new analyzer of the rule bound to b.
func (d Def) Bound(b Binding) *analysis.Analyzer { return d.analyzer(&Source{bound: &b}, d.doc()) }

// specValue is the -spec flag's value. It leads from an analyzer value to
// its Source, and so to the rule's Def, which Bind needs: a registry kept
// in a package variable would be state that nogo forbids analyzers, and
// one constructor exported per analyzer package the scaffolding this
// replaces.
type specValue struct{ src *Source }

func (v specValue) String() string {
	if v.src == nil {
		return "" // the flag package's zero value, for -help's defaults
	}
	return v.src.Path
}

func (v specValue) Set(s string) error {
	v.src.Path = s
	return nil
}

// Get makes the value a flag.Getter, as flag.StringVar's is.
func (v specValue) Get() any { return v.String() }

// Graph returns the bound module import graph, if any.
func (s *Source) Graph() *modscan.Graph {
	if s.bound == nil {
		return nil
	}
	return s.bound.Graph
}

// GraphFile returns the bound saved graph's file, if any.
func (s *Source) GraphFile() string {
	if s.bound == nil {
		return ""
	}
	return s.bound.GraphFile
}
