// Package synthmod writes layered synthetic Go modules of any size, with a
// boundaries.yaml and a go-arch-lint config that describe them, for the
// scaling benchmark and for the test that the findings on such a module are
// exactly the couplings seeded into it.
//
// The module is a grid of components: layers (0 at the bottom) by
// columns. Component lLcK owns internal/lLcK/..., an api package and
// private packages p01, p02, ..., the environment variables LLCK_* and the
// table lLcK_items. Layer 0 is shared and isolated; a component above it
// depends on the component below it in its column. Every package imports
// two private packages of its own component, the api of the component
// below and the api of one layer-0 component, so the module has about four
// edges per package. Then, deterministically, about 1% of the packages
// import a higher layer of a later column (imports/forbidden), 1% import a
// private package of the component below (imports/private), and 0.5% each
// read another component's environment variable (config/env) or query its
// table (tx/foreign-table). Upward imports only ever go to a later column
// and every other import goes down or sideways into layer 0, so the
// module has no component cycle: the seeded couplings are all it breaks.
package synthmod

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ModulePath is the module path of every generated module.
const ModulePath = "example.com/synth"

// Options size a module.
type Options struct {
	Packages     int // module packages, at least 6 * PerComponent / 2
	PerComponent int // packages per component, about; 50 when zero
}

// Seeded is one coupling written into the module: the finding a checker
// must report for it.
type Seeded struct {
	Rule        string // the rule ID of the finding
	FromPackage string // import path of the package holding it
	ToComponent string // the component whose line it crosses
	File        string // module-relative, slash-separated
	Line        int
}

// Module is what Generate wrote.
type Module struct {
	Dir        string
	Packages   int
	Components int
	Seeded     []Seeded // in package order
}

// component is one cell of the grid.
type component struct {
	layer, column int
	packages      int // the api package and packages-1 private ones
}

func (c component) name() string { return fmt.Sprintf("l%dc%02d", c.layer, c.column) }

// grid is the module's shape.
type grid struct {
	layers, columns int
	comps           []component // by layer, then column
}

func newGrid(o Options) (*grid, error) {
	per := o.PerComponent
	if per == 0 {
		per = 50
	}
	if per < 3 {
		return nil, fmt.Errorf("synthmod: %d packages per component; need at least 3", per)
	}
	n := max(1, (o.Packages+per/2)/per) // components
	if n < 6 {
		return nil, fmt.Errorf("synthmod: %d packages make %d components of %d; need at least 6", o.Packages, n, per)
	}
	g := &grid{layers: 3}
	if n >= 8 {
		g.layers = 4
	}
	g.columns = (n + g.layers - 1) / g.layers
	total := g.layers * g.columns
	if o.Packages < 3*total {
		return nil, fmt.Errorf("synthmod: %d packages for %d components; need at least 3 each", o.Packages, total)
	}
	for i := range total {
		size := o.Packages / total
		if i < o.Packages%total {
			size++
		}
		g.comps = append(g.comps, component{layer: i / g.columns, column: i % g.columns, packages: size})
	}
	return g, nil
}

func (g *grid) at(layer, column int) component { return g.comps[layer*g.columns+column] }

// Generate writes a module of o's size into dir, which must not exist or be
// empty, and returns what it seeded.
func Generate(dir string, o Options) (*Module, error) {
	g, err := newGrid(o)
	if err != nil {
		return nil, err
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("synthmod: %s is not empty", dir)
	}
	w := &writer{dir: dir, g: g, plan: g.seeds()}
	w.file("go.mod", "module "+ModulePath+"\n\ngo 1.22\n")
	w.file("boundaries.yaml", g.spec())
	w.file(".go-arch-lint.yml", g.archLint())
	for _, c := range g.comps {
		for i := range c.packages {
			w.pkg(c, i)
		}
	}
	if w.err != nil {
		return nil, w.err
	}
	return &Module{Dir: dir, Packages: o.Packages, Components: len(g.comps), Seeded: w.seeded}, nil
}

// writer writes the files, keeping the first error.
type writer struct {
	dir    string
	g      *grid
	plan   map[pkgID][]seed
	seeded []Seeded
	err    error
}

func (w *writer) file(rel, content string) {
	if w.err != nil {
		return
	}
	path := filepath.Join(w.dir, filepath.FromSlash(rel))
	if w.err = os.MkdirAll(filepath.Dir(path), 0o755); w.err == nil {
		w.err = os.WriteFile(path, []byte(content), 0o644)
	}
}

// pkgID names a package: its component and index (0 is the api).
type pkgID struct {
	comp  component
	index int
}

func (p pkgID) name() string {
	if p.index == 0 {
		return "api"
	}
	return fmt.Sprintf("p%02d", p.index)
}

func (p pkgID) rel() string   { return "internal/" + p.comp.name() + "/" + p.name() }
func (p pkgID) path() string  { return ModulePath + "/" + p.rel() }
func (p pkgID) alias() string { return p.comp.name() + p.name() }

// imports returns the module packages p imports in its main file: two of
// its own component's private packages (a binary tree under the api), the
// api of the component below in its column and that of one layer-0
// component.
func (g *grid) imports(p pkgID) []pkgID {
	var out []pkgID
	for _, child := range []int{2*p.index + 1, 2*p.index + 2} {
		if child < p.comp.packages {
			out = append(out, pkgID{p.comp, child})
		}
	}
	if p.comp.layer > 0 {
		out = append(out, pkgID{g.at(p.comp.layer-1, p.comp.column), 0})
		if p.comp.layer > 1 {
			out = append(out, pkgID{g.at(0, (p.comp.column+p.index)%g.columns), 0})
		}
	}
	return out
}

// pkg writes one package: main.go with its regular imports and its own
// component's environment variable and table, and one file per seed.
func (w *writer) pkg(c component, i int) {
	p := pkgID{c, i}
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s is package %d of component %s.\npackage %s\n\nimport (\n", p.name(), i, c.name(), p.name())
	imps := w.g.imports(p)
	for _, imp := range imps {
		fmt.Fprintf(&b, "\t%s %q\n", imp.alias(), imp.path())
	}
	b.WriteString("\t\"os\"\n)\n\n// F sums what it imports.\nfunc F() int {\n\tn := 1\n")
	for _, imp := range imps {
		fmt.Fprintf(&b, "\tn += %s.F()\n", imp.alias())
	}
	// The component's own variable stays out of F's result: an API
	// function returning it would be a getter, which other components
	// calling it read the variable through (config/env).
	b.WriteString("\treturn n\n}\n\n// addr reads the component's own variable.\nfunc addr() string { return os.Getenv(\"" + envVar(c) + "\") }\n")
	w.file(p.rel()+"/main.go", b.String())
	if i == 0 {
		w.file(p.rel()+"/own.go", ownQuery(c))
	}
	for n, s := range w.plan[p] {
		rel := fmt.Sprintf("%s/seed%d.go", p.rel(), n)
		text, line := s.source(p)
		w.file(rel, text)
		w.seeded = append(w.seeded, Seeded{Rule: s.rule, FromPackage: p.path(), ToComponent: s.to.name(), File: rel, Line: line})
	}
}

func envVar(c component) string { return strings.ToUpper(c.name()) + "_ADDR" }
func table(c component) string  { return c.name() + "_items" }

// ownQuery is the api package's query of its own component's table, which
// the tx rules must leave alone.
func ownQuery(c component) string {
	return fmt.Sprintf(`package api

import (
	"context"
	"database/sql"
)

// Count counts the component's own rows.
func Count(ctx context.Context, db *sql.DB) (int, error) {
	var n int
	err := db.QueryRowContext(ctx, "SELECT count(*) FROM %s").Scan(&n)
	return n, err
}
`, table(c))
}
