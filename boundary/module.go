package boundary

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ModuleRoot returns the nearest directory at or above dir holding a go.mod.
func ModuleRoot(dir string) (string, error) {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod found at or above %s", dir)
		}
		d = parent
	}
}

// ModulePath reads the module path from root/go.mod.
func ModulePath(root string) (string, error) {
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(line, "module"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			rest = strings.TrimSpace(rest)
			if i := strings.Index(rest, "//"); i >= 0 {
				rest = strings.TrimSpace(rest[:i])
			}
			if unq, err := strconv.Unquote(rest); err == nil {
				rest = unq
			}
			return rest, nil
		}
	}
	return "", fmt.Errorf("%s: no module directive", filepath.Join(root, "go.mod"))
}

// ErrNoSpec is wrapped by FindSpec's error when there is no spec to find.
var ErrNoSpec = errors.New("no boundary spec found")

// FindSpec looks for boundaries.yaml in dir and its parents, stopping at
// the module root, and returns its path.
func FindSpec(dir string) (string, error) {
	for d := dir; ; {
		p := filepath.Join(d, FileName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return "", fmt.Errorf("%w: no %s between %s and the module root %s; write one there or pass -spec", ErrNoSpec, FileName, dir, d)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("%w: no %s and no go.mod at or above %s; pass -spec", ErrNoSpec, FileName, dir)
		}
		d = parent
	}
}

// ModulePackages lists the module-relative paths of the directories under
// root that hold Go files, skipping what the go command skips (testdata,
// vendor, directories starting with '.' or '_') and nested modules. It reads
// only directory listings, so it is cheap enough to run on every spec check.
func ModulePackages(root string) ([]string, error) {
	var pkgs []string
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			name := e.Name()
			if path != root {
				if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
					return filepath.SkipDir
				}
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if strings.HasSuffix(e.Name(), ".go") {
			rel, _ := filepath.Rel(root, filepath.Dir(path))
			rel = filepath.ToSlash(rel)
			if len(pkgs) == 0 || pkgs[len(pkgs)-1] != rel {
				pkgs = append(pkgs, rel)
			}
		}
		return nil
	})
	sort.Strings(pkgs)
	return pkgs, err
}

// Unmatched returns an error for every package and api pattern that matches
// none of the module's packages (module-relative paths, as ModulePackages
// gives): a rule that silently matches nothing is the worst failure a
// linter can have.
func (s *Spec) Unmatched(pkgs []string) Errors {
	var errs Errors
	matchesAny := func(p Pattern) bool {
		for _, pkg := range pkgs {
			if p.Match(pkg) {
				return true
			}
		}
		return false
	}
	for _, c := range s.Components {
		for _, p := range c.Packages {
			if !matchesAny(p) {
				errs = append(errs, &Error{Pos: p.Pos, Msg: fmt.Sprintf("package pattern %s of component %s matches no package of module %s; fix the path or remove it", p.Raw, c.Name, s.Module)})
			}
		}
		for _, p := range c.API {
			if !matchesAny(p) {
				errs = append(errs, &Error{Pos: p.Pos, Msg: fmt.Sprintf("api pattern %s of component %s matches no package of module %s; fix the path or remove it", p.Raw, c.Name, s.Module)})
			}
		}
	}
	return errs
}
