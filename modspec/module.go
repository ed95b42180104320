package modspec

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// ModuleRoot returns the nearest directory at or above dir holding a go.mod.
// A relative dir is taken relative to the working directory, and so is
// the root returned for it made absolute.
func ModuleRoot(dir string) (string, error) {
	for d := absDir(dir); ; {
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

// absDir makes dir absolute, so that walking up from "." reaches its
// parents; it leaves dir alone when the working directory is unknown.
func absDir(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// ModulePath reads the module path from root/go.mod: the module directive,
// possibly quoted, followed by a comment or written as a one-line block.
func ModulePath(root string) (string, error) {
	file := filepath.Join(root, "go.mod")
	data, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	inBlock := false
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		rest, ok := strings.CutPrefix(line, "module")
		switch {
		case inBlock && line == ")":
			inBlock = false
		case inBlock && line != "":
			return unquoteModule(file, line)
		case !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '(':
		case strings.TrimSpace(rest) == "(":
			inBlock = true
		default:
			return unquoteModule(file, strings.TrimSpace(rest))
		}
	}
	return "", fmt.Errorf("%s: no module directive", file)
}

func unquoteModule(file, s string) (string, error) {
	if unq, err := strconv.Unquote(s); err == nil {
		s = unq
	}
	if s == "" {
		return "", fmt.Errorf("%s: the module directive names no module path", file)
	}
	return s, nil
}

// ErrNoSpec is wrapped by FindSpec's error when there is no spec to find.
var ErrNoSpec = errors.New("no boundary spec found")

// FindSpec returns the path of the spec for packages in dir:
// boundaries.yaml at the root of dir's module (the nearest go.mod above).
// A module has one spec: a boundaries.yaml between dir and the root is an
// error, never silently preferred or ignored; so is one that exists but
// cannot be read (a dangling symlink, a loop, a directory) and, with no
// spec at the root, a near-miss name there such as boundaries.yml.
func FindSpec(dir string) (string, error) {
	for d := absDir(dir); ; {
		p := filepath.Join(d, boundary.FileName)
		_, statErr := os.Stat(filepath.Join(d, "go.mod"))
		isRoot := statErr == nil
		if _, err := os.Lstat(p); err == nil {
			if !isRoot {
				return "", strayError(p)
			}
			if err := readable(p); err != nil {
				return "", err
			}
			return p, nil
		}
		if isRoot {
			if near := nearMiss(d); near != "" {
				return "", fmt.Errorf("no %s at the module root %s, but there is %s; boundarylint reads only %s: rename it, or pass -spec", boundary.FileName, d, near, boundary.FileName)
			}
			return "", fmt.Errorf("%w: no %s at the module root %s; write one there or pass -spec", ErrNoSpec, boundary.FileName, d)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("%w: no %s and no go.mod at or above %s; pass -spec", ErrNoSpec, boundary.FileName, dir)
		}
		d = parent
	}
}

// readable reports why the spec at p, which exists, cannot be read: a
// dangling symlink or a loop is an error, not the absence of a spec.
func readable(p string) error {
	fi, err := os.Stat(p)
	switch {
	case err != nil:
		return fmt.Errorf("%s exists but cannot be read: %w", p, err)
	case fi.IsDir():
		return fmt.Errorf("%s exists but is a directory, not a spec", p)
	}
	return nil
}

func strayError(p string) error {
	return fmt.Errorf("%s: a spec below the module root is never read: a module has one spec, %s at its root (or one named by -spec); merge this one into it and delete it", p, boundary.FileName)
}

// nearMiss returns the name of a file in dir that looks meant as the spec
// (boundaries.yml, Boundaries.yaml, boundary.yaml, ...), or "".
func nearMiss(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		switch strings.ToLower(e.Name()) {
		case "boundaries.yaml", "boundaries.yml", "boundary.yaml", "boundary.yml":
			if e.Name() != boundary.FileName {
				return e.Name()
			}
		}
	}
	return ""
}

// ModulePackages lists the module-relative paths of the directories under
// root that hold Go files, skipping what the go command skips (testdata,
// vendor, directories and files starting with '.' or '_') and nested
// modules. The root package is ".". It reads only directory listings, so it
// is cheap enough to run on every spec check.
func ModulePackages(root string) ([]string, error) {
	pkgs, _, err := walkModule(root)
	return pkgs, err
}

// walkModule returns ModulePackages and the module-relative paths of the
// files named like the spec below the root.
func walkModule(root string) (pkgs, specs []string, err error) {
	err = filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if e.IsDir() {
			if path != root && skipDir(path, name) {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		switch {
		case IsGoFile(name):
			pkgs = append(pkgs, filepath.ToSlash(rel))
		case name == boundary.FileName && rel != ".":
			specs = append(specs, filepath.ToSlash(filepath.Join(rel, name)))
		}
		return nil
	})
	sort.Strings(pkgs)
	return slices.Compact(pkgs), specs, err
}

// IsGoFile reports whether the go command reads the file name as Go
// source of its directory's package: a .go file whose name starts with
// neither '.' nor '_'.
func IsGoFile(name string) bool {
	return strings.HasSuffix(name, ".go") && !strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "_")
}

// skipDir reports whether the go command ignores the directory.
func skipDir(path, name string) bool {
	return SkipDirName(name) || IsNestedModule(path)
}

// SkipDirName reports whether the go command ignores a directory by its
// name alone: testdata, vendor, and names starting with '.' or '_'.
func SkipDirName(name string) bool {
	return name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// IsNestedModule reports whether the directory at path, below a module's
// root, is the root of another module, whose packages are not the
// module's.
func IsNestedModule(path string) bool {
	_, err := os.Stat(filepath.Join(path, "go.mod"))
	return err == nil
}
