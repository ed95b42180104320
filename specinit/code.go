package specinit

import (
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/modspec"
)

// pkgCode is what Propose reads of one package: its import paths and the
// first sentence of its package comment.
type pkgCode struct {
	imports []string
	sites   map[string][]string // import path -> "file.go:line" of each import of it
	doc     string
	name    string // the package clause of its non-test files
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
	code := pkgCode{sites: map[string][]string{}}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !modspec.IsGoFile(name) {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return pkgCode{}, err
		}
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				continue
			}
			if !seen[p] {
				seen[p] = true
				code.imports = append(code.imports, p)
			}
			code.sites[p] = append(code.sites[p], fmt.Sprintf("%s:%d", name, fset.Position(imp.Pos()).Line))
		}
		if !strings.HasSuffix(name, "_test.go") {
			if code.doc == "" {
				code.doc = synopsis(f)
			}
			if code.name == "" {
				code.name = f.Name.Name
			}
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
