package modspec

import (
	"fmt"

	"github.com/boundarylint/boundarylint/boundary"
)

// CheckModule checks s against the module rooted at root, the module it
// describes, for the mistakes that only the module can show: a module key
// that is not the module's path, package and api patterns that match no
// package, field claims that name no field, context key claims that name
// no type, variable or constant, and function entries whose
// argument index the function does not have. Each would switch rules off
// without a word. It returns the module's packages (as ModulePackages)
// and, when something is wrong, a boundary.Errors value in file order.
func CheckModule(s *boundary.Spec, root string) ([]string, error) {
	pkgs, specs, err := walkModule(root)
	if err != nil {
		return nil, fmt.Errorf("listing the packages of %s: %w", root, err)
	}
	KnownPackages(s, root, pkgs) // the walk has just looked for their go.mod files
	if err := CheckModuleKey(s, root); err != nil {
		return pkgs, boundary.Errors{err} // every pattern would be judged against the wrong module
	}
	var errs boundary.Errors
	for _, p := range specs {
		if p != s.Name {
			errs = append(errs, &boundary.Error{Pos: boundary.Pos{File: p, Line: 1, Col: 1}, Msg: fmt.Sprintf(
				"a spec below the module root is never read: a module has one spec, %s at its root (or one named by -spec); merge this one into it and delete it", boundary.FileName)})
		}
	}
	errs = append(errs, s.Unmatched(pkgs)...)
	errs = append(errs, checkSource(s, root)...)
	if len(errs) > 0 {
		errs.Sort()
		return pkgs, errs
	}
	return pkgs, nil
}

// CheckModuleKey returns an error at the module key when the spec has one
// that is not the path in root's go.mod: most findings would vanish.
func CheckModuleKey(s *boundary.Spec, root string) *boundary.Error {
	if s.ModulePos.Line == 0 {
		return nil
	}
	path, err := ModulePath(root)
	if err != nil || path == s.Module {
		return nil
	}
	return &boundary.Error{Pos: s.ModulePos, Msg: fmt.Sprintf(
		"module %s is not the module being checked (its go.mod says module %s); write \"module: %s\" or remove the key", s.Module, path, path)}
}
