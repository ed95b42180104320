package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
	c, err := loadSpec(path, wd)
	if err != nil {
		return nil, err
	}
	if err := c.check(); err != nil {
		if errs := (boundary.Errors)(nil); !errors.As(err, &errs) {
			return nil, err
		}
		return c, err
	}
	return c, nil
}

// loadSpec loads the spec at path and finds the root of the module it
// describes, without checking the spec against the module yet (check).
func loadSpec(path, wd string) (*checkedSpec, error) {
	spec, err := boundary.Load(path)
	if err != nil {
		return nil, nameModule(err, wd)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	root, err := specModuleRoot(spec, abs, wd)
	if err != nil {
		return nil, err
	}
	return &checkedSpec{Spec: spec, Path: abs, Root: root}, nil
}

// check checks the spec's patterns against its module and records the
// module's packages; the mistakes the module shows are boundary.Errors.
func (c *checkedSpec) check() error {
	pkgs, err := c.CheckModule(c.Root)
	c.Packages = pkgs
	return err
}

// nameModule completes the error of a spec with no go.mod above it and no
// module key with the module being checked, the one to name there.
func nameModule(err error, wd string) error {
	var errs boundary.Errors
	if !errors.As(err, &errs) || len(errs) != 1 || !strings.HasPrefix(errs[0].Msg, "cannot tell which module") {
		return err
	}
	root, rerr := boundary.ModuleRoot(wd)
	if rerr != nil {
		return err
	}
	if m, merr := boundary.ModulePath(root); merr == nil {
		errs[0].Msg = fmt.Sprintf("the spec is outside module %s (%s) and no go.mod is above it, so nothing says which module its package patterns are relative to; add \"module: %s\" to it", m, root, m)
	}
	return errs
}

// specModuleRoot returns the root of the module the spec describes: the
// module holding the spec unless its module key names another, else the
// module holding wd. A spec in another module than wd's without a module
// key would silently match none of the packages checked here: an error.
func specModuleRoot(spec *boundary.Spec, abs, wd string) (string, error) {
	specRoot, specErr := boundary.ModuleRoot(filepath.Dir(abs))
	wdRoot, wdErr := boundary.ModuleRoot(wd)
	if specErr == nil && wdErr == nil && specRoot != wdRoot && spec.ModulePos.Line == 0 {
		wdModule, err := boundary.ModulePath(wdRoot)
		if err == nil && wdModule != spec.Module {
			return "", &boundary.Error{Pos: boundary.Pos{File: abs, Line: 1, Col: 1}, Msg: fmt.Sprintf(
				"the spec is outside module %s (%s), in module %s, so its package patterns would name packages of %s; add \"module: %s\" to it", wdModule, wdRoot, spec.Module, spec.Module, wdModule)}
		}
	}
	if specErr == nil {
		if m, err := boundary.ModulePath(specRoot); err == nil && m == spec.Module {
			return specRoot, nil
		}
	}
	if wdErr != nil {
		return "", fmt.Errorf("cannot check %s against a module: %w", abs, wdErr)
	}
	return wdRoot, nil
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
