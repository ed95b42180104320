package boundary

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ModuleImports is a module's own import graph: for each package of the
// module, the module packages its non-test files import, as import paths,
// read from the import clauses with the default build context (the files
// the go command builds here). A component cycle can run through packages
// that no single package depends on, so the cycle rule needs this whole
// graph; the import graph below one package is all the facts can give.
type ModuleImports struct {
	Root    string              // the module root directory
	Module  string              // the module path
	Imports map[string][]string // importing package -> imported module packages, sorted
}

// ScanModuleImports reads the import clauses of every package under root,
// the directory of the module path module, skipping what the go command
// skips (testdata, vendor, '.' and '_' directories, nested modules).
func ScanModuleImports(root, module string) (*ModuleImports, error) {
	m := &ModuleImports{Root: root, Module: module, Imports: map[string][]string{}}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || !e.IsDir() {
			return err
		}
		if path != root && skipDir(path, e.Name()) {
			return filepath.SkipDir
		}
		pkg, err := build.Default.ImportDir(path, 0)
		var noGo *build.NoGoError
		if pkg == nil || errors.As(err, &noGo) {
			return nil // no Go files here; an unreadable package is the compiler's to report
		}
		rel, _ := filepath.Rel(root, path)
		from := module
		if rel != "." {
			from += "/" + filepath.ToSlash(rel)
		}
		var local []string
		for _, imp := range pkg.Imports {
			if imp == module || strings.HasPrefix(imp, module+"/") {
				local = append(local, imp)
			}
		}
		sort.Strings(local)
		m.Imports[from] = local
		return nil
	})
	return m, err
}

// GraphFile is where boundarylint -V=full leaves the import graph of the
// module at root for the per-package processes of the same go vet run,
// which would otherwise each read every import clause of the module again.
func GraphFile(root string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	sum := sha256.Sum256([]byte(root))
	return filepath.Join(dir, "boundarylint", "graph-"+hex.EncodeToString(sum[:8])+".json")
}

// Save writes the graph to file atomically (temp file and rename), so a
// concurrent reader sees the old graph or the new one, never half of one.
func (m *ModuleImports) Save(file string) error {
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), filepath.Base(file)+".*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), file)
}

// LoadModuleImports reads a graph that Save wrote for the module at root.
func LoadModuleImports(file, root, module string) (*ModuleImports, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	m := new(ModuleImports)
	if err := json.Unmarshal(data, m); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if m.Root != root || m.Module != module {
		return nil, fmt.Errorf("%s holds the graph of %s (%s), not of %s (%s)", file, m.Module, m.Root, module, root)
	}
	return m, nil
}

// CyclesDigest hashes what the cycle rule reports: each cycle's members,
// edges and witnesses. A vet tool that puts it in its -V=full answer makes
// go vet's cache, keyed on each package's own sources and dependencies,
// follow a cycle that a change anywhere in the module opens or closes.
func CyclesDigest(cycles []Cycle) string {
	h := sha256.New()
	for _, c := range cycles {
		for _, e := range c.Edges {
			fmt.Fprintf(h, "%s>%s %s>%s %v\n", e.From.Name, e.To.Name, e.Witness.From, e.Witness.To, e.Mutual)
		}
		fmt.Fprintf(h, "@%s>%s\n", c.At.From, c.At.To)
	}
	return hex.EncodeToString(h.Sum(nil))
}
