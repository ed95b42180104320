package specinit

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// pkgCode is what Propose reads of one package: its import paths and the
// first sentence of its package comment.
type pkgCode struct {
	imports []string
	doc     string
}

// readPackage reads the import clauses of every Go file in dir, whatever
// its build constraints and test files included: an import is part of the
// architecture whatever the build, so a spec proposed from the default
// build alone would not be green under another one.
func readPackage(dir string) (pkgCode, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return pkgCode{}, err
	}
	fset := token.NewFileSet()
	seen := map[string]bool{}
	var code pkgCode
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !boundary.IsGoFile(name) {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return pkgCode{}, err
		}
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err == nil && !seen[p] {
				seen[p] = true
				code.imports = append(code.imports, p)
			}
		}
		if code.doc == "" && !strings.HasSuffix(name, "_test.go") {
			code.doc = synopsis(f)
		}
	}
	sort.Strings(code.imports)
	return code, nil
}

// synopsis is the first sentence of a file's package comment, if any.
func synopsis(f *ast.File) string {
	if f.Doc == nil {
		return ""
	}
	var p doc.Package
	return p.Synopsis(f.Doc.Text())
}
