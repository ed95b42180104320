package specinit

import (
	"fmt"
	"path"

	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/boundarylint/boundarylint/modspec"
)

// module is what Propose knows of the module: its packages, the component
// each goes to and the imports between them.
type module struct {
	path  string
	pkgs  []string           // module-relative, sorted
	slot  map[string]slot    // package -> its slot
	code  map[string]pkgCode // package -> what it imports
	names map[string]string  // slot dir -> component name
}

// Propose drafts a spec for the module rooted at root: a component per
// directory the options name, depends_on from the imports the code makes
// today, the cmd packages as composition roots.
func Propose(root string, opts Options) (*Draft, error) {
	m, err := readModule(root, opts)
	if err != nil {
		return nil, err
	}
	d := &Draft{
		Module:        m.path,
		Source:        fmt.Sprintf("the layout of its %d packages and the imports they make today", len(m.pkgs)),
		Unassigned:    "warn",
		UnassignedWhy: "every package is claimed today, so a new package outside every component is reported until one claims it",
		Tests:         "enforce",
		TestsWhy:      "the imports of the test files are in depends_on below as well",
	}
	byName := map[string]*Component{}
	for _, p := range m.pkgs {
		s := m.slot[p]
		name := m.names[s.dir]
		c := byName[name]
		if c == nil {
			c = &Component{Name: name, Packages: []string{s.pattern()}}
			byName[name] = c
			d.Components = append(d.Components, c)
		}
		if p == s.dir {
			c.Doc = m.code[p].doc
		}
	}
	edges := m.componentEdges()
	markRoots(d, edges, m)
	resolveCycles(d, edges)
	for _, c := range d.Components {
		c.DependsOn = edges.targets(c.Name)
	}
	sort.Slice(d.Components, func(i, j int) bool { return d.Components[i].Name < d.Components[j].Name })
	return d, nil
}

func readModule(root string, opts Options) (*module, error) {
	modPath, err := modspec.ModulePath(root)
	if err != nil {
		return nil, err
	}
	pkgs, err := modspec.ModulePackages(root)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("module %s has no packages to cut into components", modPath)
	}
	depth := opts.Depth
	if depth <= 0 {
		depth = 1
	}
	m := &module{path: modPath, pkgs: pkgs, slot: splitLarge(pkgs, opts.roots(pkgs), depth, moduleName(modPath)), code: map[string]pkgCode{}}
	var slots []slot
	for _, p := range pkgs {
		s := m.slot[p]
		if !slices.ContainsFunc(slots, func(o slot) bool { return o.dir == s.dir }) {
			slots = append(slots, s)
		}
		if m.code[p], err = readPackage(filepath.Join(root, filepath.FromSlash(p))); err != nil {
			return nil, err
		}
	}
	m.names = nameSlots(slots)
	return m, nil
}

// splitLarge places every package, one level deeper for the packages of a
// component that would hold more than a quarter of the module's packages
// (an internal/modules with every module below it), recursively, so that
// the components are the units a team talks about rather than one blob. A
// component of at most smallComponent packages is such a unit whatever
// the module's size, and stays whole.
const smallComponent = 8

func splitLarge(pkgs, roots []string, depth int, modName string) map[string]slot {
	extra := map[string]int{}
	for {
		slots, count := map[string]slot{}, map[string]int{}
		for _, p := range pkgs {
			s := slotOf(p, roots, depth, extra[p], modName)
			slots[p] = s
			count[s.dir]++
		}
		split := false
		for _, p := range pkgs {
			if s := slots[p]; s.subtree && count[s.dir]*4 > len(pkgs) && count[s.dir] > smallComponent {
				extra[p]++
				split = true
			}
		}
		if !split {
			return slots
		}
	}
}

// rel returns the module package an import path names, if it is one of
// the module's own packages: a nested module's packages share the path
// prefix but are not.
func (m *module) rel(importPath string) (string, bool) {
	var rel string
	switch {
	case importPath == m.path:
		rel = "."
	case strings.HasPrefix(importPath, m.path+"/"):
		rel = importPath[len(m.path)+1:]
	default:
		return "", false
	}
	_, ok := m.slot[rel]
	return rel, ok
}

// componentEdges returns the imports between components, one witness
// import per pair.
func (m *module) componentEdges() edgeSet {
	edges := edgeSet{}
	for _, from := range m.pkgs {
		a := m.names[m.slot[from].dir]
		for _, imp := range m.code[from].imports {
			to, ok := m.rel(imp)
			if !ok {
				continue
			}
			if b := m.names[m.slot[to].dir]; a != b {
				var sites []string
				for _, s := range m.code[from].sites[imp] {
					sites = append(sites, path.Join(from, s))
				}
				edges.add(a, b, from+" imports "+to, sites)
			}
		}
	}
	return edges
}
