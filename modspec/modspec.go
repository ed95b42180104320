// Package modspec is a module's boundary spec on disk, as every front end
// meets it: the module around a directory (ModuleRoot, ModulePath, its
// packages), the spec file located from it (-spec, $BOUNDARYLINT_SPEC or
// discovery: Locate), loaded (Load), and checked against the module it
// describes (CheckModule: patterns that match no package, claims naming
// nothing in the source). The spec model itself (package boundary) reads
// no file; "the spec of the module here, checked" is LocateAndCheck.
package modspec

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// Checked is a spec validated against the module it describes.
type Checked struct {
	*boundary.Spec
	Path     string   // the file it was loaded from
	Root     string   // the module root its patterns were checked against
	Packages []string // the module's packages, module-relative, sorted
}

// LocateAndCheck finds the spec the analyzers will use for packages in the
// working directory (flagPath is the -spec flag's value, possibly empty) and
// checks it. A spec whose patterns match nothing is an error here, where
// the analyzers alone could not tell.
func LocateAndCheck(flagPath string) (*Checked, error) {
	c, err := LocateAndOpen(flagPath)
	if err != nil {
		return nil, err
	}
	return c.checked()
}

// LocateAndOpen is LocateAndCheck without the check against the module,
// for a caller that runs Check later (while go vet runs, say).
func LocateAndOpen(flagPath string) (*Checked, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	path, err := Locate(flagPath, wd)
	if err != nil {
		return nil, err
	}
	return Open(path, wd)
}

// LoadChecked loads the spec at path and checks its patterns against the
// module it describes: the module holding the spec, else the one holding
// wd. When the module shows mistakes it returns the spec and the errors.
func LoadChecked(path, wd string) (*Checked, error) {
	c, err := Open(path, wd)
	if err != nil {
		return nil, err
	}
	return c.checked()
}

// checked checks c and returns it, with the mistakes the module shows.
func (c *Checked) checked() (*Checked, error) {
	if err := c.Check(); err != nil {
		if errs := (boundary.Errors)(nil); !errors.As(err, &errs) {
			return nil, err
		}
		return c, err
	}
	return c, nil
}

// Open loads the spec at path and finds the root of the module it
// describes, without checking the spec against the module yet (Check).
func Open(path, wd string) (*Checked, error) {
	spec, err := Load(path)
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
	return &Checked{Spec: spec, Path: abs, Root: root}, nil
}

// Check checks the spec's patterns against its module and records the
// module's packages; the mistakes the module shows are boundary.Errors.
func (c *Checked) Check() error {
	pkgs, err := CheckModule(c.Spec, c.Root)
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
	root, rerr := ModuleRoot(wd)
	if rerr != nil {
		return err
	}
	if m, merr := ModulePath(root); merr == nil {
		errs[0].Msg = fmt.Sprintf("the spec is outside module %s (%s) and no go.mod is above it, so nothing says which module its package patterns are relative to; add \"module: %s\" to it", m, root, m)
	}
	return errs
}

// specModuleRoot returns the root of the module the spec describes: the
// module holding the spec unless its module key names another, else the
// module holding wd. A spec in another module than wd's without a module
// key would silently match none of the packages checked here: an error.
func specModuleRoot(spec *boundary.Spec, abs, wd string) (string, error) {
	specRoot, specErr := ModuleRoot(filepath.Dir(abs))
	wdRoot, wdErr := ModuleRoot(wd)
	if specErr == nil && wdErr == nil && specRoot != wdRoot && spec.ModulePos.Line == 0 {
		wdModule, err := ModulePath(wdRoot)
		if err == nil && wdModule != spec.Module {
			return "", &boundary.Error{Pos: boundary.Pos{File: abs, Line: 1, Col: 1}, Msg: fmt.Sprintf(
				"the spec is outside module %s (%s), in module %s, so its package patterns would name packages of %s; add \"module: %s\" to it", wdModule, wdRoot, spec.Module, spec.Module, wdModule)}
		}
	}
	if specErr == nil {
		if m, err := ModulePath(specRoot); err == nil && m == spec.Module {
			return specRoot, nil
		}
	}
	if wdErr != nil {
		return "", fmt.Errorf("cannot check %s against a module: %w", abs, wdErr)
	}
	return wdRoot, nil
}

// PrintError prints spec errors one per line, as file:line:col: message,
// and any other error with boundarylint's prefix, as the command and its
// go vet units print them.
func PrintError(w io.Writer, err error) { PrintCommandError(w, "boundarylint", err) }

// PrintCommandError is PrintError with a command's own prefix
// ("boundarylint doc") for errors other than the spec's.
func PrintCommandError(w io.Writer, prefix string, err error) {
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
		fmt.Fprintf(w, "%s: %v\n", prefix, err)
	}
}
