package driver

import (
	"fmt"
	"go/token"
	"os"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
	"github.com/boundarylint/boundarylint/modspec"
)

// Config says what a run checks.
type Config struct {
	// Spec is the spec to apply, loaded and checked against the module
	// (as `boundarylint check` does), or checked by Check.
	Spec *boundary.Spec

	// Check, when set, checks Spec against the module while go vet runs
	// (Vet only): its error stops go vet and is Vet's. The check walks the
	// module, which would otherwise delay the start of every run, cached
	// or not.
	Check func() error

	// Dir is the directory the package patterns resolve in, inside the
	// module; empty means the working directory.
	Dir string

	// Patterns are the packages to check, as the go command takes them;
	// empty means ./...
	Patterns []string

	// Tags are the build tags (comma-separated, as go build -tags) that
	// choose the files of the build, and so the import graph; empty means
	// the -tags of $GOFLAGS, if any. The direct import rules read every
	// file whatever its build constraints.
	Tags string

	// SpecPath is the file Spec was loaded from. Vet hands it to the tool,
	// which loads it again in each of go vet's processes.
	SpecPath string

	// Tool is the boundarylint executable Vet runs as go vet's -vettool
	// (a program of your own that calls the same analyzers through
	// unitchecker works too).
	Tool string

	// Flags are tool flags Vet passes on: analyzer selection (-imports,
	// -config=false) and analyzer flags (-tx.NAME=VALUE).
	Flags []string

	// ToolFlags name the flags Tool declares, as its -flags answer lists
	// them ("tx.findings"), when the caller knows them: the boundarylint
	// command is its own tool. nil: Vet asks Tool, one more process.
	ToolFlags []string

	// Env is the environment Vet runs go vet in; nil means this
	// process's.
	Env []string

	// Uses asks Vet to list, on each non-test import of an edge, the
	// names the importing package uses of the imported one (Import.Uses):
	// the API surface a cut list shows. It parses those packages' files
	// in full, so it is off for plain runs.
	Uses bool
}

func (c Config) patterns() []string {
	if len(c.Patterns) == 0 {
		return []string{"./..."}
	}
	return c.Patterns
}

// moduleRoot returns the root of the module holding Dir.
func (c Config) moduleRoot() (string, error) {
	dir := c.Dir
	if dir == "" {
		var err error
		if dir, err = os.Getwd(); err != nil {
			return "", err
		}
	}
	return modspec.ModuleRoot(dir)
}

// readModule reads the packages of the module holding Dir, for the build
// of Tags (modscan), parsing their import clauses into fset.
func (c Config) readModule(fset *token.FileSet) (*modscan.Module, error) {
	root, err := c.moduleRoot()
	if err != nil {
		return nil, err
	}
	m, err := modscan.Read(root, modscan.NewBuild(c.Tags), fset)
	if err != nil {
		return nil, fmt.Errorf("reading the packages of %s: %w", root, err)
	}
	return m, nil
}
