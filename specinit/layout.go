package specinit

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// DefaultRoots are the directories whose children become components when
// the module has them: the layouts Go monoliths use for their parts.
var DefaultRoots = []string{"internal", "pkg", "cmd", "services"}

// Options choose how Propose cuts the module into components.
type Options struct {
	// Roots are module-relative directories whose subdirectories become
	// components. Nil: those of DefaultRoots the module has. A package
	// under no root goes to the component of its top-level directory.
	Roots []string
	// Depth is how many directory levels below a root name a component:
	// 1 (the default) makes internal/orders a component, 2 makes
	// internal/orders/service one.
	Depth int
}

// slot is where a package goes: the directory that names its component
// and whether the component takes that directory's subtree or only the
// directory itself (a package above the depth that names components).
type slot struct {
	dir     string // module-relative; "." for the root package
	subtree bool
	name    string // before collisions are resolved
}

func (s slot) pattern() string {
	switch {
	case s.dir == ".":
		return "."
	case s.subtree:
		return s.dir + "/..."
	}
	return s.dir
}

// roots returns the roots Propose uses for the module's packages.
func (o Options) roots(pkgs []string) []string {
	if o.Roots != nil {
		return o.Roots
	}
	var out []string
	for _, r := range DefaultRoots {
		if slices.ContainsFunc(pkgs, func(p string) bool { return under(p, r) }) {
			out = append(out, r)
		}
	}
	return out
}

// under reports whether the module-relative path p is dir or below it.
func under(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir+"/")
}

// slotOf places the package rel: below the deepest root holding it, else
// in its top-level directory, extra levels deeper than that where the
// quarter rule split its component (see splitLarge).
func slotOf(rel string, roots []string, depth, extra int, moduleName string) slot {
	if rel == "." {
		return slot{dir: ".", name: moduleName}
	}
	root := ""
	for _, r := range roots {
		if under(rel, r) && len(r) > len(root) {
			root = r
		}
	}
	if rel == root {
		return slot{dir: root, name: path.Base(root)}
	}
	below, prefix := strings.Split(rel, "/"), ""
	if root == "" {
		depth = 1
	} else {
		below, prefix = strings.Split(rel[len(root)+1:], "/"), root+"/"
	}
	depth += extra
	n := min(depth, len(below))
	return slot{
		dir:     prefix + strings.Join(below[:n], "/"),
		subtree: n == depth,
		name:    strings.Join(below[:n], "-"),
	}
}

// moduleName names the component of the module's root package: the last
// element of the module path that is no major version suffix (a root main
// of example.com/tool/v2 is tool, not v2).
func moduleName(modPath string) string {
	elems := strings.Split(modPath, "/")
	for i := len(elems) - 1; i > 0; i-- {
		if !boundary.IsMajorVersion(elems[i]) {
			return elems[i]
		}
	}
	return elems[0]
}

// componentName makes s a valid component name: letters, digits, '-' and
// '_'; anything else becomes '_'.
func componentName(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c == '-' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			b[i] = '_'
		}
	}
	if len(b) == 0 {
		return "root"
	}
	return string(b)
}

// nameSlots gives every slot a distinct valid component name: a name two
// slots would share becomes each one's whole directory, and a clash left
// after that gets a number.
func nameSlots(slots []slot) map[string]string {
	count := map[string]int{}
	for _, s := range slots {
		count[componentName(s.name)]++
	}
	names := map[string]string{} // slot dir -> name
	taken := map[string]bool{}
	for _, s := range slots {
		n := componentName(s.name)
		if count[n] > 1 && s.dir != "." {
			n = componentName(strings.ReplaceAll(s.dir, "/", "-"))
		}
		for i, base := 2, n; taken[n]; i++ {
			n = fmt.Sprintf("%s-%d", base, i)
		}
		taken[n] = true
		names[s.dir] = n
	}
	return names
}
