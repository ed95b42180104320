package config

import (
	"go/types"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// checkSpecEntries reports, in the package they name, field claims and
// declared accessors that match nothing: a misspelt claim would otherwise
// silently let every read through. It runs for every package of the
// module, whoever may read what.
func (c *checker) checkSpecEntries() {
	path := c.pass.Pkg.Path()
	rel, inModule := c.spec.Rel(path)
	if !inModule || len(c.pass.Files) == 0 || strings.HasSuffix(path, "_test") {
		return
	}
	pos := suppress.PackageClause(c.pass).Pos()
	for _, comp := range c.spec.Components {
		for _, f := range comp.Owns.Fields {
			if f.Package == rel {
				if msg := fieldClaimProblem(c.pass.Pkg, f); msg != "" {
					c.reportf(pos, specFinding(f.String(), comp.Name, f.Pos), "field claim %s of component %s (%s) %s; fix the claim", f, comp.Name, f.Pos, msg)
				}
			}
		}
	}
	for _, a := range c.spec.Config.Accessors {
		if a.Func.Package == path {
			if msg := accessorProblem(c.pass.Pkg, a); msg != "" {
				c.reportf(pos, specFinding(a.Func.String(), "", a.Pos), "config accessor %s (%s) %s; fix the accessor", a.Func, a.Pos, msg)
			}
		}
	}
	for _, g := range c.spec.Config.Getters {
		if g.Func.Package == path && lookupFunc(c.pass.Pkg, g.Func) == nil {
			c.reportf(pos, specFinding(g.Func.String(), "", g.Pos), "config getter %s (%s) names no function of package %s; fix the getter", g.Func, g.Pos, c.pass.Pkg.Name())
		}
	}
}

// fieldClaimProblem says why a field claim names no field of pkg, or "".
func fieldClaimProblem(pkg *types.Package, f boundary.FieldClaim) string {
	tn, ok := pkg.Scope().Lookup(f.Type).(*types.TypeName)
	if !ok {
		return "names no type " + f.Type + " of package " + pkg.Name()
	}
	t := tn.Type()
	for i, name := range f.Path {
		st, ok := deref(t).Underlying().(*types.Struct)
		if !ok {
			return "goes through " + f.Path[i-1] + ", which is not a struct"
		}
		field := structField(st, name)
		if field == nil {
			return "names no field " + name
		}
		t = field.Type()
	}
	return ""
}

func structField(st *types.Struct, name string) *types.Var {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == name {
			return st.Field(i)
		}
	}
	return nil
}

// accessorProblem says why a declared accessor matches no function of pkg
// or its key argument is no string, or "".
func accessorProblem(pkg *types.Package, a boundary.Accessor) string {
	fn := lookupFunc(pkg, a.Func)
	if fn == nil {
		return "names no function of package " + pkg.Name()
	}
	sig := fn.Signature()
	n := sig.Params().Len()
	if a.Key < 0 || a.Key >= n && !sig.Variadic() {
		return "has no argument " + strconv.Itoa(a.Key)
	}
	t := sig.Params().At(min(a.Key, n-1)).Type()
	if sig.Variadic() && a.Key >= n-1 {
		t = t.(*types.Slice).Elem()
	}
	if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return "takes no string as argument " + strconv.Itoa(a.Key)
	}
	return ""
}

// specFinding is a finding about a spec entry, of component comp when it
// has one, that names nothing in the package.
func specFinding(entry, comp string, pos boundary.Pos) finding.Finding {
	return finding.Finding{Rule: finding.ConfigSpec, ToComponent: comp, Subject: finding.Subject{Kind: finding.SubjectSpec, Name: entry},
		SpecPos: suppress.SpecPos(pos)}
}

// lookupFunc returns the function or method of pkg f names, or nil.
func lookupFunc(pkg *types.Package, f boundary.Func) *types.Func {
	if f.Type == "" {
		fn, _ := pkg.Scope().Lookup(f.Name).(*types.Func)
		return fn
	}
	tn, ok := pkg.Scope().Lookup(f.Type).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, pkg, f.Name)
	fn, _ := obj.(*types.Func)
	return fn
}
