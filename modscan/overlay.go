package modscan

import (
	"fmt"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/modspec"
)

// Overlay reads again the package directories of the files given, by
// absolute path, with their content taken from files instead of the disk:
// an editor's unsaved buffers, a file not saved yet included. Packages,
// and so Graph, then describe the module as the editor holds it.
func (m *Module) Overlay(files map[string][]byte, fset *token.FileSet) error {
	var dirs []string
	for file := range files {
		if !filepath.IsAbs(file) {
			return fmt.Errorf("overlay: %s is not an absolute path", file)
		}
		dirs = append(dirs, filepath.Dir(file))
	}
	slices.Sort(dirs)
	for _, dir := range slices.Compact(dirs) {
		rel, err := filepath.Rel(m.Dir, dir)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return fmt.Errorf("%s is outside module %s (%s)", dir, m.Path, m.Dir)
		}
		p, undecided, err := readDir(dir, path.Join(m.Path, filepath.ToSlash(rel)), m.build, fset, files)
		if err != nil {
			return err
		}
		if undecided != "" {
			m.Undecided = append(m.Undecided, undecided)
		}
		m.replace(p, filepath.ToSlash(rel))
	}
	return nil
}

// replace puts p, read again from the module-relative directory rel (nil:
// no file of it is in the build any more), in place of the package of rel.
func (m *Module) replace(p *Package, rel string) {
	importPath := path.Join(m.Path, rel)
	i, found := slices.BinarySearchFunc(m.Packages, importPath, func(q *Package, path string) int { return strings.Compare(q.Path, path) })
	switch {
	case found && p != nil:
		m.Packages[i] = p
	case found:
		m.Packages = slices.Delete(m.Packages, i, i+1)
	case p != nil:
		m.Packages = slices.Insert(m.Packages, i, p)
	}
	if j, ok := slices.BinarySearch(m.Dirs, rel); p != nil && !ok {
		m.Dirs = slices.Insert(m.Dirs, j, rel)
	}
}

// goFileNames lists the Go files of dir, sorted, with the files of
// overlay in dir whether or not the disk has them (nor dir itself).
func goFileNames(dir string, overlay map[string][]byte) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil && (len(overlay) == 0 || !os.IsNotExist(err)) {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && modspec.IsGoFile(e.Name()) {
			names = append(names, e.Name())
		}
	}
	for file := range overlay {
		if filepath.Dir(file) == dir && modspec.IsGoFile(filepath.Base(file)) {
			names = append(names, filepath.Base(file))
		}
	}
	slices.Sort(names)
	return slices.Compact(names), nil
}
