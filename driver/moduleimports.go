package driver

import (
	"go/build"
	"path"
	"path/filepath"
)

// moduleImports reads the imports of every package of the module (rels,
// module-relative, under root) from their import clauses, honouring build
// constraints as the go command does for the host: what the component
// edges are made of when no go list output is at hand. A directory that
// does not hold a buildable package is skipped.
func moduleImports(root, module string, rels []string) []packageImports {
	var out []packageImports
	for _, rel := range rels {
		p, err := build.Default.ImportDir(filepath.Join(root, filepath.FromSlash(rel)), build.ImportComment)
		if err != nil && p == nil {
			continue
		}
		importPath := module
		if rel != "." {
			importPath = path.Join(module, rel)
		}
		out = append(out,
			packageImports{Path: importPath, Imports: p.Imports},
			packageImports{Path: importPath, Imports: append(p.TestImports, p.XTestImports...), Test: true})
	}
	return out
}
