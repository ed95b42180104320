package modspec

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/boundarylint/boundarylint/boundary"
)

// Load reads and validates the spec at path. Its package patterns are
// relative to the spec's module key or, without one, to the module of the
// go.mod found by walking up from the spec's directory. Positions name the
// file relative to that module root, or by its real path when no go.mod is
// above it or its module key names another module (the spec is outside
// the module it describes). In that module's tree, the directories with
// their own go.mod are other modules, whatever their import paths
// (boundary.ParseIn).
func Load(path string) (*boundary.Spec, error) { return load(path, "") }

// LoadValidated is Load for a spec file whose content a Load of the same
// path has accepted before, in the same module tree: validated is the Hash
// of the Spec it returned. While the file holds that content, the checks
// of the whole spec could only pass again and are skipped
// (boundary.ParseValidated); other content is validated in full. It is
// sound only while the module around the file is the one that Load saw
// (its go.mod's module path, its nested modules): boundarylint's go vet
// units pass the hash that -V=full of their own go vet run validated.
func LoadValidated(path, validated string) (*boundary.Spec, error) { return load(path, validated) }

func load(path, validated string) (*boundary.Spec, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		// A FIFO would block the read until a writer came.
		return nil, fmt.Errorf("reading boundary spec: %s is not a regular file (%s)", path, fi.Mode().Type())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading boundary spec: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	// Outside every module a base name would say nothing of where the
	// file is: positions name it by its real path.
	real := filepath.ToSlash(abs)
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		real = filepath.ToSlash(r)
	}
	name, module := real, ""
	found := boundary.Found{RealName: real}
	if r, err := ModuleRoot(filepath.Dir(abs)); err == nil {
		if rel, err := filepath.Rel(r, abs); err == nil {
			name = filepath.ToSlash(rel)
		}
		module, _ = ModulePath(r)
		found.Tree = newNestedModules(r)
	}
	return boundary.ParseValidated(name, data, module, found, validated)
}
