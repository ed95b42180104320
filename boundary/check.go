package boundary

import "fmt"

// CheckModule checks s against the module rooted at root, the module it
// describes, for the mistakes that only the module can show: a module key
// that is not the module's path, package and api patterns that match no
// package, field claims that name no field, and function entries whose
// argument index the function does not have. Each would switch rules off
// without a word. It returns the module's packages (as ModulePackages)
// and, when something is wrong, an Errors value in file order.
func (s *Spec) CheckModule(root string) ([]string, error) {
	pkgs, err := ModulePackages(root)
	if err != nil {
		return nil, fmt.Errorf("listing the packages of %s: %w", root, err)
	}
	var errs Errors
	if s.ModulePos.Line > 0 {
		if path, err := ModulePath(root); err == nil && path != s.Module {
			errs = append(errs, &Error{Pos: s.ModulePos, Msg: fmt.Sprintf(
				"module %s is not the module being checked (its go.mod says module %s); write \"module: %s\" or remove the key", s.Module, path, path)})
			errs.sort()
			return pkgs, errs // every pattern would be judged against the wrong module
		}
	}
	errs = append(errs, s.Unmatched(pkgs)...)
	errs = append(errs, s.checkSource(root)...)
	if len(errs) > 0 {
		errs.sort()
		return pkgs, errs
	}
	return pkgs, nil
}
