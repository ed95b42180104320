// Package stdlib tells whether an analysis pass is over a package of the
// standard library, which the analyzers visit under go vet (for facts) but
// which can neither run a monolith's SQL nor import its packages.
package stdlib

import (
	"go/build"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Contains reports whether the pass's package is part of the standard
// library, by where its files live: go vet passes no module for it, some
// drivers pass no module at all, and module paths need not contain a dot.
func Contains(pass *analysis.Pass) bool {
	if pass.Module != nil && pass.Module.Path == "std" {
		return true
	}
	if len(pass.Files) == 0 {
		return false
	}
	name := pass.Fset.File(pass.Files[0].FileStart).Name()
	return strings.HasPrefix(name, filepath.Join(build.Default.GOROOT, "src")+string(filepath.Separator))
}
