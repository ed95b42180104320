package imports

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
)

// privateAdvice says what to import instead of a private package: the
// identifiers the file uses from it and, for each, the api packages of the
// component that export one of the same name. It reads the importing file
// and the api packages' sources itself, so that the text is the same in
// every mode, the imports subcommand included, whose passes hold import
// clauses only; it runs only for a private import, which is rare.
func (c *checker) privateAdvice(imp importSpec, comp *boundary.Component) string {
	if len(comp.API) == 0 {
		return "component " + comp.Name + " exposes no api; ask its owners for one"
	}
	used := c.usedFrom(imp)
	var apis []string
	for _, p := range comp.API {
		apis = append(apis, p.Raw)
	}
	if len(used) == 0 {
		return "import " + strings.Join(apis, " or ") + " instead"
	}
	root := c.moduleRoot()
	var offers []string
	found := map[string]bool{}
	for _, p := range comp.API {
		if p.Subtree || root == "" {
			continue // a subtree names packages the spec does not list one by one
		}
		exported := c.exportedNames(filepath.Join(root, filepath.FromSlash(p.Path)))
		var names []string
		for _, u := range used {
			if exported[u] {
				names = append(names, u)
				found[u] = true
			}
		}
		if len(names) > 0 {
			offers = append(offers, p.Raw+" exports "+strings.Join(names, ", "))
		}
	}
	var missing []string
	for _, u := range used {
		if !found[u] {
			missing = append(missing, u)
		}
	}
	uses := "it uses " + strings.Join(used, ", ")
	switch {
	case len(offers) == 0:
		return uses + ", which no api package of " + comp.Name + " (" + strings.Join(apis, ", ") + ") exports; ask its owners to export what you need"
	case len(missing) == 0:
		return uses + "; " + strings.Join(offers, "; ") + ": import that instead"
	default:
		return uses + "; " + strings.Join(offers, "; ") + ", but no api package exports " + strings.Join(missing, ", ")
	}
}

// usedFrom returns, sorted, the names the file of imp selects from the
// imported package (pkg.Name), read from the file's full syntax, through
// the pass (which gives the editor's buffer where a driver has one).
func (c *checker) usedFrom(imp importSpec) []string {
	tf := c.pass.Fset.File(imp.spec.Pos())
	if tf == nil {
		return nil
	}
	src, err := c.pass.ReadFile(tf.Name()) // an editor's unsaved buffer, in the syntax tier
	if err != nil {
		return nil
	}
	f, err := parser.ParseFile(token.NewFileSet(), tf.Name(), src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	local := localName(imp)
	if local == "_" || local == "." {
		return nil
	}
	seen := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == local && sel.Sel.IsExported() {
				seen[sel.Sel.Name] = true
			}
		}
		return true
	})
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// localName is the name a file refers to an import by: its explicit name,
// else the last element of its path without a major version suffix (the
// package name by convention; the imports subcommand has no types to ask).
func localName(imp importSpec) string {
	if imp.spec.Name != nil {
		return imp.spec.Name.Name
	}
	base := path.Base(imp.path)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		base = path.Base(path.Dir(imp.path))
	}
	return base
}

// exportedNames is exportedNames of the package in dir for the pass's
// build: read once per module and run when the module's graph is known.
func (c *checker) exportedNames(dir string) map[string]bool {
	if s, err := c.module(); err == nil && s != nil {
		return s.exportedNames(dir)
	}
	return exportedNames(dir, c.build())
}

// exportedNames returns the exported package-level names declared in the
// non-test files of the package in dir that are in the build b.
func exportedNames(dir string, b *modscan.Build) map[string]bool {
	fset := token.NewFileSet()
	pkg, err := modscan.ReadPackage(dir, dir, b, fset)
	if pkg == nil || err != nil {
		return nil
	}
	out := map[string]bool{}
	for _, file := range pkg.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, file.Name), nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() {
					out[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							out[s.Name.Name] = true
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								out[n.Name] = true
							}
						}
					}
				}
			}
		}
	}
	return out
}
