// Package place prints source positions the way facts store them and
// diagnostics cite them. Facts outlive the pass that wrote them, so they
// carry positions as text, "import/path/file.go:line", and a diagnostic
// prints that with the package path made module-relative.
package place

import (
	"go/token"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/boundary"
)

// Where prints a position of the pass's package as file.go:line.
func Where(pass *analysis.Pass, pos token.Pos) string {
	p := pass.Fset.Position(pos)
	return filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)
}

// At prints a position of the pass's package in a fact's form.
func At(pass *analysis.Pass, pos token.Pos) string {
	return pass.Pkg.Path() + "/" + Where(pass, pos)
}

// Rel prints a fact's position with a module-relative path, and an
// external test package's as its package's.
func Rel(spec *boundary.Spec, at string) string {
	dir, file := at, ""
	if i := strings.LastIndexByte(at, '/'); i >= 0 {
		dir, file = at[:i], at[i:]
	}
	return RelPath(spec, strings.TrimSuffix(dir, "_test")) + file
}

// RelPath prints an import path the way the spec writes it.
func RelPath(spec *boundary.Spec, path string) string {
	if r, ok := spec.Rel(path); ok && r != "." {
		return r
	}
	return path
}
