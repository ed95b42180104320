package modspec

import (
	"fmt"
	"os"
	"path/filepath"
)

// SpecEnvVar names the spec when no -spec flag is given.
const SpecEnvVar = "BOUNDARYLINT_SPEC"

// Locate returns the path of the spec that applies to a package in dir:
// flagPath (the -spec flag, possibly empty), else $BOUNDARYLINT_SPEC, else
// boundaries.yaml found by walking up from dir to the module root. go vet
// runs its tool in each package's directory, so relative paths resolve
// against the module root, never against dir.
func Locate(flagPath, dir string) (string, error) {
	path := flagPath
	if path == "" {
		path = os.Getenv(SpecEnvVar)
	}
	if path == "" {
		return FindSpec(dir)
	}
	if filepath.IsAbs(path) {
		return path, nil
	}
	root, err := ModuleRoot(dir)
	if err != nil {
		return "", fmt.Errorf("cannot resolve relative spec path %s: %w", path, err)
	}
	return filepath.Join(root, path), nil
}
