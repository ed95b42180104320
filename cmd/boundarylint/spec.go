package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/boundarylint/boundarylint/boundary"
)

// checkedSpec is a spec validated against the module it describes.
type checkedSpec struct {
	*boundary.Spec
	Path     string   // the file it was loaded from
	Root     string   // the module root its patterns were checked against
	Packages []string // the module's packages, module-relative, sorted
}

// locateAndCheck finds the spec the analyzers will use for packages in the
// working directory (flagPath is the -spec flag's value, possibly empty) and
// checks it. A spec whose patterns match nothing is an error here, where
// the analyzers alone could not tell.
func locateAndCheck(flagPath string) (*checkedSpec, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	path, err := boundary.Locate(flagPath, wd)
	if err != nil {
		return nil, err
	}
	return loadChecked(path, wd)
}

// loadChecked loads the spec at path and checks its patterns against the
// module it describes: the module holding the spec, else the one holding
// wd. When the module shows mistakes it returns the spec and the errors.
func loadChecked(path, wd string) (*checkedSpec, error) {
	spec, err := boundary.Load(path)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	root, err := boundary.ModuleRoot(filepath.Dir(abs))
	if err != nil {
		if root, err = boundary.ModuleRoot(wd); err != nil {
			return nil, fmt.Errorf("cannot check %s against a module: %w", path, err)
		}
	}
	pkgs, err := spec.CheckModule(root)
	if errs := (boundary.Errors)(nil); err != nil && !errors.As(err, &errs) {
		return nil, err
	}
	return &checkedSpec{Spec: spec, Path: abs, Root: root, Packages: pkgs}, err
}

// printSpecError prints spec errors one per line, as file:line:col: message,
// and any other error with the program's prefix.
func printSpecError(w io.Writer, err error) {
	var errs boundary.Errors
	var one *boundary.Error
	switch {
	case errors.As(err, &errs):
		for _, e := range errs {
			fmt.Fprintln(w, e)
		}
	case errors.As(err, &one):
		fmt.Fprintln(w, one)
	default:
		fmt.Fprintf(w, "boundarylint: %v\n", err)
	}
}
