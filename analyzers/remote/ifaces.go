package remote

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// reaches reports whether a call of fn, declared in component d, can run
// d's code. A call of a function or of a concrete type's method does. A
// call through an interface method runs the dynamic type's method, so it
// does only when that type can be d's: when a type of d the analysis can
// see implements the interface the call goes through, or when no type of
// the module it can see does (the implementation is out of sight, as a
// database's behind the composition root that wires it in, so the
// interface stands for d). When every implementation in sight belongs to
// other components (typically the caller's own types, handed to d's
// interface as a notification hands itself to a notifier), the call stays
// with them. The interface is the receiver's static type (narrowest: the
// dynamic type implements it), a type parameter's constraint; when no
// type in sight implements that one (the caller's own interface embedding
// d's, with a method nothing implements yet), the interface declaring the
// method.
func (c *checker) reaches(call *ast.CallExpr, fn *types.Func, d *boundary.Component) bool {
	recv := fn.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) {
		return true
	}
	for _, iface := range []*types.Interface{c.through(call, recv.Type()), recv.Type().Underlying().(*types.Interface)} {
		if iface == nil {
			continue
		}
		if inD, found := c.implementedIn(iface, d); found {
			return inD
		}
	}
	return true
}

// implementedIn reports whether a type the package sees implements iface
// (found) and whether one of them is d's (inD). Memoised.
func (c *checker) implementedIn(iface *types.Interface, d *boundary.Component) (inD, found bool) {
	key := implKey{iface, d}
	if r, ok := c.impls[key]; ok {
		return r.inD, r.found
	}
	for _, t := range c.visibleTypes() {
		if implements(t.named, iface) {
			found = true
			if t.comp == d {
				inD = true
				break
			}
		}
	}
	c.impls[key] = implResult{inD, found}
	return inD, found
}

// implKey memoises implementedIn per interface and component.
type implKey struct {
	iface *types.Interface
	comp  *boundary.Component
}

type implResult struct{ inD, found bool }

// through returns the interface a method call goes through: the static
// type of its receiver expression (an interface of the caller's that
// embeds d's narrows the dynamic types to those implementing both), a
// type parameter's constraint, else the interface declaring the method (a
// method expression: notify.Subject.SubjectID(x)).
func (c *checker) through(call *ast.CallExpr, decl types.Type) *types.Interface {
	t := decl
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if tv, ok := c.pass.TypesInfo.Types[sel.X]; ok && !tv.IsType() {
			t = tv.Type
		}
	}
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		t = tp.Constraint()
	}
	iface, _ := t.Underlying().(*types.Interface)
	return iface
}

// implements reports whether a value of n or *n satisfies iface.
func implements(n *types.Named, iface *types.Interface) bool {
	return types.Implements(n, iface) || types.Implements(types.NewPointer(n), iface)
}

// visibleType is a concrete, non-generic package-level type of the
// module that the analysis sees, and its component (nil: unclaimed).
type visibleType struct {
	named *types.Named
	comp  *boundary.Component
}

// visibleTypes returns the module's concrete package-level types in the
// package and in the packages it imports, directly or not: the types whose
// values the package can hold. Types of test files are left out: a fake
// of the interface beside the caller's tests (woodpecker's api tests fake
// cache.MembershipService) is no implementation its production code
// calls. Computed once per package.
func (c *checker) visibleTypes() []visibleType {
	if c.visible != nil {
		return c.visible
	}
	c.visible = []visibleType{}
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		path := strings.TrimSuffix(p.Path(), "_test")
		if _, inModule := c.spec.Rel(path); !inModule {
			return // a dependency's types are no component's
		}
		comp := c.spec.ComponentOf(path)
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			n, ok := tn.Type().(*types.Named)
			if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) || c.inTest(tn) {
				continue
			}
			c.visible = append(c.visible, visibleType{n, comp})
		}
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(c.pass.Pkg)
	return c.visible
}

// inTest reports whether tn is declared in a _test.go file.
func (c *checker) inTest(tn *types.TypeName) bool {
	f := c.pass.Fset.File(tn.Pos())
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}
