package ctxstate

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/place"
	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
)

// setsFact is the package fact of a package of the module whose code sets
// string keys of gin's or echo's context (c.Set("merchant_id", m)), in
// functions and function literals alike: the component that sets a string
// key owns it, unless owns.context claims it (string:merchant_id).
type setsFact struct {
	Sets []stringSet // sorted by key, one place each
}

// stringSet is a string key and the first place that sets it.
type stringSet struct {
	Key string // the string
	At  string // "import/path/file.go:line"
}

func (*setsFact) AFact() {}

func (f *setsFact) String() string {
	keys := make([]string, len(f.Sets))
	for i, s := range f.Sets {
		keys[i] = s.Key
	}
	return "sets string keys " + strings.Join(keys, ", ")
}

// collectStringSets records and exports the string keys the package sets,
// reading only the files that import gin or echo. Test files do not count:
// a test that sets a key is setting up the handler it tests (woodpecker's
// API tests set "user" the way its session middleware does), and go vet
// analyses a package with its tests.
func (c *checker) collectStringSets() {
	c.ownSets = map[string]string{}
	for _, file := range c.pass.Files {
		if !importsCarrier(file) || strings.HasSuffix(c.pass.Fset.File(file.Pos()).Name(), "_test.go") {
			continue
		}
		c.direct(file, func(call *ast.CallExpr, fn *types.Func) {
			k, set, ok := c.keyAccess(call, fn)
			if _, seen := c.ownSets[k.str]; ok && set && k.obj == nil && !seen && c.recordable(k) {
				c.ownSets[k.str] = place.At(c.pass, call.Pos())
			}
		})
	}
	if len(c.ownSets) == 0 {
		return
	}
	f := &setsFact{}
	for k, at := range c.ownSets {
		f.Sets = append(f.Sets, stringSet{k, at})
	}
	sort.Slice(f.Sets, func(i, j int) bool { return f.Sets[i].Key < f.Sets[j].Key })
	c.pass.ExportPackageFact(f)
}

// importsCarrier reports whether file imports gin or echo.
func importsCarrier(file *ast.File) bool {
	for _, imp := range file.Imports {
		if path, err := strconv.Unquote(imp.Path.Value); err == nil && (path == typenames.GinPath || typenames.IsEcho(path)) {
			return true
		}
	}
	return false
}

// ownerOfString returns the owner of a string key: the component whose
// owns.context claims it, else the one component whose packages set it,
// among this package and the packages it imports (when this component
// sets it too, or several do, nobody).
func (c *checker) ownerOfString(name string) boundary.Ownership {
	if o := c.spec.OwnerOfStringKey(name); o.Owner != nil {
		return o
	}
	if _, ok := c.ownSets[name]; ok {
		return boundary.Ownership{Owner: c.comp}
	}
	var owner boundary.Ownership
	for _, s := range c.stringSetters()[name] {
		d := c.spec.ComponentOf(strings.TrimSuffix(s.pkg, "_test"))
		switch {
		case d == nil || d.Shared:
		case d == c.comp:
			return boundary.Ownership{Owner: c.comp}
		case owner.Owner != nil && owner.Owner != d:
			return boundary.Ownership{} // set by two components: nobody's alone
		default:
			owner = boundary.Ownership{Owner: d, Claim: boundary.Claim{Pattern: "set at " + place.Rel(c.spec, s.at), Pos: d.Pos}}
		}
	}
	return owner
}

// setter is a package that sets a string key, and where.
type setter struct{ pkg, at string }

// stringSetters indexes, once, the string keys that the packages this one
// imports set, by key.
func (c *checker) stringSetters() map[string][]setter {
	if c.setters == nil {
		c.setters = map[string][]setter{}
		for _, pf := range c.pass.AllPackageFacts() {
			if f, ok := pf.Fact.(*setsFact); ok && pf.Package != c.pass.Pkg {
				for _, s := range f.Sets {
					c.setters[s.Key] = append(c.setters[s.Key], setter{pf.Package.Path(), s.At})
				}
			}
		}
	}
	return c.setters
}
