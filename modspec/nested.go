package modspec

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/boundarylint/boundarylint/boundary"
)

// nestedModules tells which directories of a module's tree belong to
// another module: a directory with its own go.mod, and everything below
// it, is that module's, whatever its import path shares with the outer
// module's. It stats each directory once and is safe for concurrent use,
// as the analyzers share one Spec.
type nestedModules struct {
	root string // the outer module's root directory
	mu   sync.Mutex
	memo map[string]string // module-relative dir -> the nested module's dir holding it, "" for none
}

func newNestedModules(root string) *nestedModules {
	return &nestedModules{root: root, memo: map[string]string{".": ""}}
}

// NestedModule returns the module-relative directory of the nested module
// holding the module-relative directory rel, or "".
func (n *nestedModules) NestedModule(rel string) string {
	if n == nil || rel == "." || rel == "" {
		return ""
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.lookup(rel)
}

// KnownPackages tells s's module tree, when modspec gave it for the
// module at root, that the module-relative directories rels, which a walk
// of that module stopping at nested modules entered, belong to the module
// itself, as do their parents: the tree then stats no go.mod to answer for
// them.
func KnownPackages(s *boundary.Spec, root string, rels []string) {
	n, ok := s.Tree().(*nestedModules)
	if !ok || n.root != root {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, rel := range rels {
		for d := rel; d != "." && d != ""; d = parentDir(d) {
			if _, ok := n.memo[d]; ok {
				break
			}
			n.memo[d] = ""
		}
	}
}

func (n *nestedModules) lookup(rel string) string {
	if m, ok := n.memo[rel]; ok {
		return m
	}
	m := n.lookup(parentDir(rel))
	if m == "" {
		if _, err := os.Stat(filepath.Join(n.root, filepath.FromSlash(rel), "go.mod")); err == nil {
			m = rel
		}
	}
	n.memo[rel] = m
	return m
}

func parentDir(rel string) string {
	if i := strings.LastIndexByte(rel, '/'); i >= 0 {
		return rel[:i]
	}
	return "."
}

// DescribeModule names the nested module at the module-relative dir for
// a message: its module path, else its go.mod.
func (n *nestedModules) DescribeModule(dir string) string {
	if mod, err := ModulePath(filepath.Join(n.root, filepath.FromSlash(dir))); err == nil {
		return "module " + mod + " (" + path.Join(dir, "go.mod") + ")"
	}
	return "the module of " + path.Join(dir, "go.mod")
}
