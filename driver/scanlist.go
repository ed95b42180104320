package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/modscan"
)

// scanList lists the packages the import rules need as `go list -e -deps
// -test` would, from the module's own packages as modscan read them
// instead of from the go command: the module's packages in dependency
// order, their test variants for the packages the patterns match, and, as
// empty placeholders, the third-party packages they import (neither they
// nor the standard library can import the module back, so their own
// imports never lead into it). It returns why it cannot decide, when it
// cannot; the caller then runs go list. One case needs go list for a part:
// an isolated component may reach a reserved third-party package through
// other third-party packages, so with thirdParty the third-party packages
// its packages reach are listed with their own imports, by a go list of
// those packages only.
func scanList(cfg Config, m *modscan.Module, thirdParty bool, notes *[]string) ([]*listedPackage, string, error) {
	modulePath := cfg.Spec.Module
	match, why := patternMatcher(m.Dir, cfg.Dir, cfg.patterns())
	if match == nil {
		return nil, why, nil
	}
	if len(m.Undecided) > 0 {
		return nil, strings.Join(m.Undecided, "; "), nil
	}
	if m.Path != modulePath {
		return nil, fmt.Sprintf("the module at %s is %s, not the spec's %s", m.Dir, m.Path, modulePath), nil
	}
	order, cyclic := dependencyOrder(m)
	if cyclic != "" {
		return nil, "import cycle through " + cyclic, nil
	}
	var out []*listedPackage
	if thirdParty {
		var err error
		if out, err = isolatedThirdParty(cfg, m, order, notes); err != nil {
			return nil, "", err
		}
	}
	out = appendThirdParty(out, m)
	mod := &struct{ Path string }{m.Path}
	for _, p := range order {
		out = append(out, &listedPackage{ImportPath: p.Path, Name: p.Name, Dir: p.Dir, GoFiles: names(p.GoFiles), Imports: modscan.Imports(p.GoFiles),
			IgnoredGoFiles: names(p.IgnoredFiles), DepOnly: !match(p.Dir), Module: mod, files: p.GoFiles})
	}
	for _, p := range order {
		if !match(p.Dir) {
			continue
		}
		self := p.Path
		if len(p.TestGoFiles) > 0 {
			self = p.Path + " [" + p.Path + ".test]"
			files := append(append([]*modscan.File(nil), p.GoFiles...), p.TestGoFiles...)
			out = append(out, &listedPackage{ImportPath: self, Name: p.Name, Dir: p.Dir, GoFiles: names(files), Imports: modscan.Imports(files),
				IgnoredGoFiles: names(p.IgnoredFiles), ForTest: p.Path, Module: mod, files: files})
		}
		if len(p.XTestGoFiles) > 0 {
			imps := modscan.Imports(p.XTestGoFiles)
			for i, imp := range imps {
				if imp == p.Path {
					imps[i] = self
				}
			}
			out = append(out, &listedPackage{ImportPath: p.Path + "_test [" + p.Path + ".test]", Name: p.Name + "_test", Dir: p.Dir, GoFiles: names(p.XTestGoFiles),
				Imports: imps, ForTest: p.Path, Module: mod, files: p.XTestGoFiles})
		}
	}
	return out, "", nil
}

// appendThirdParty adds, as dependencies only, the third-party packages
// the module's packages import that out does not list yet.
func appendThirdParty(out []*listedPackage, m *modscan.Module) []*listedPackage {
	seen := map[string]bool{}
	for _, p := range out {
		seen[p.ImportPath] = true
	}
	for _, p := range m.Packages {
		for _, imp := range modscan.Imports(append(append(append([]*modscan.File(nil), p.GoFiles...), p.TestGoFiles...), p.XTestGoFiles...)) {
			if !seen[imp] && !isStandard(imp) && !inModule(imp, m.Path) {
				seen[imp] = true
				out = append(out, &listedPackage{ImportPath: imp, DepOnly: true})
			}
		}
	}
	return out
}

func names(files []*modscan.File) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.Name
	}
	return out
}

// isStandard applies the go command's rule: a standard-library path has no
// dot in its first element.
func isStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func inModule(path, module string) bool {
	return path == module || strings.HasPrefix(path, module+"/")
}

// dependencyOrder orders the module's packages so that each comes after
// the module packages its non-test files import, or names a package on a
// cycle (which the go command would reject).
func dependencyOrder(m *modscan.Module) ([]*modscan.Package, string) {
	byPath := map[string]*modscan.Package{}
	for _, p := range m.Packages {
		byPath[p.Path] = p
	}
	const visiting, done = 1, 2
	state := map[string]int{}
	var order []*modscan.Package
	cyclic := ""
	var visit func(p *modscan.Package)
	visit = func(p *modscan.Package) {
		switch state[p.Path] {
		case done:
			return
		case visiting:
			cyclic = p.Path
			return
		}
		state[p.Path] = visiting
		for _, imp := range modscan.Imports(p.GoFiles) {
			if q := byPath[imp]; q != nil {
				visit(q)
			}
		}
		state[p.Path] = done
		order = append(order, p)
	}
	for _, p := range m.Packages {
		visit(p)
	}
	return order, cyclic
}

// patternMatcher returns which package directories the patterns match, for
// the patterns the fast path understands: directories relative to the
// working directory, with or without /..., inside the module.
func patternMatcher(root, wd string, patterns []string) (func(dir string) bool, string) {
	if wd == "" {
		var err error
		if wd, err = os.Getwd(); err != nil {
			return nil, err.Error()
		}
	}
	wd, _ = filepath.Abs(wd)
	type dirPattern struct {
		dir  string
		tree bool
	}
	var ds []dirPattern
	for _, p := range patterns {
		if !strings.HasPrefix(p, ".") {
			return nil, "pattern " + p + " is not a relative directory"
		}
		tree := p == "..." || strings.HasSuffix(p, "/...")
		p = strings.TrimSuffix(strings.TrimSuffix(p, "..."), "/")
		if p == "" {
			p = "."
		}
		dir := filepath.Join(wd, p)
		if rel, err := filepath.Rel(root, dir); err != nil || strings.HasPrefix(rel, "..") {
			return nil, "pattern " + p + " leaves the module"
		}
		ds = append(ds, dirPattern{dir, tree})
	}
	return func(dir string) bool {
		for _, d := range ds {
			if dir == d.dir || d.tree && strings.HasPrefix(dir, d.dir+string(filepath.Separator)) {
				return true
			}
		}
		return false
	}, ""
}

// isolatedThirdParty lists, with go list, the third-party packages that the
// packages of isolated components reach through the module, with what they
// import, when the spec reserves third-party packages: the isolation rule
// walks through them. Otherwise it lists nothing.
func isolatedThirdParty(cfg Config, m *modscan.Module, order []*modscan.Package, notes *[]string) ([]*listedPackage, error) {
	spec := cfg.Spec
	if len(spec.External) == 0 {
		return nil, nil
	}
	byPath := map[string]*modscan.Package{}
	for _, p := range order {
		byPath[p.Path] = p
	}
	reached := map[string]bool{}
	var thirdParty []string
	var visit func(p *modscan.Package, files []*modscan.File)
	visit = func(p *modscan.Package, files []*modscan.File) {
		for _, imp := range modscan.Imports(files) {
			switch q := byPath[imp]; {
			case reached[imp] || isStandard(imp):
			case q != nil:
				reached[imp] = true
				visit(q, q.GoFiles)
			default:
				reached[imp] = true
				thirdParty = append(thirdParty, imp)
			}
		}
	}
	for _, p := range order {
		if c := spec.ComponentOf(p.Path); c != nil && c.Isolated {
			visit(p, append(append(append([]*modscan.File(nil), p.GoFiles...), p.TestGoFiles...), p.XTestGoFiles...))
		}
	}
	if len(thirdParty) == 0 {
		return nil, nil
	}
	slices.Sort(thirdParty)
	*notes = append(*notes, fmt.Sprintf("read with go list the imports of the third-party packages isolated components reach (%d)", len(thirdParty)))
	listed, err := goList(cfg.Dir, thirdParty, cfg.Tags, "-deps")
	if err != nil {
		return nil, err
	}
	var out []*listedPackage
	for _, p := range listed {
		if !p.Standard {
			p.DepOnly = true
			out = append(out, p)
		}
	}
	return out, nil
}
