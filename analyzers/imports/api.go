package imports

import (
	"fmt"
	"go/format"
	"go/types"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// reportAPI tells drivers what the package exports when the spec lists it
// as an api package of its component (finding.APIPackage): the private
// rule's other side, which the architecture document prints. A component
// without an api key (every package its API) has none: the document
// says so instead of listing the whole component. Only a
// type-checked pass has the declarations (the imports subcommand's and
// the syntax tier's passes hold import clauses), and only the package
// itself describes them, not its external tests. go vet analyses a
// package with tests of its own only as its test variant, whose scope
// also holds what the _test.go files declare: those declarations are
// left out, so that both variants describe the same API.
func (c *checker) reportAPI() {
	pkg := c.pass.Pkg
	if !c.report.Findings() || !pkg.Complete() || pkg.Path() != c.path || c.comp.API == nil || !c.spec.IsAPI(c.comp, c.path) {
		return
	}
	inTest := func(obj types.Object) bool {
		f := c.pass.Fset.File(obj.Pos())
		return f != nil && strings.HasSuffix(f.Name(), "_test.go")
	}
	rel, _ := c.spec.Rel(c.path)
	c.report.API(describe(c.spec, c.comp, rel, pkg, inTest))
}

// describe prints the exported declarations of pkg (those inTest does
// not leave out): constants and variables, functions, then each type
// followed by its methods, each group alphabetically.
func describe(spec *boundary.Spec, c *boundary.Component, rel string, pkg *types.Package, inTest func(types.Object) bool) finding.APIPackage {
	ap := finding.APIPackage{Path: rel}
	private := map[string]bool{}
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		if spec.ComponentOf(p.Path()) == c && !spec.IsAPI(c, p.Path()) {
			r, _ := spec.Rel(p.Path())
			private[r] = true
		}
		return p.Name()
	}
	scope := pkg.Scope()
	var funcs, typeDecls, values []string
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() || inTest(obj) {
			continue
		}
		switch obj := obj.(type) {
		case *types.Func:
			funcs = append(funcs, funcDecl(obj, qual))
		case *types.TypeName:
			typeDecls = append(typeDecls, typeDecl(obj, qual, inTest))
		case *types.Const:
			values = append(values, fmt.Sprintf("const %s %s = %s", name, types.TypeString(obj.Type(), qual), obj.Val()))
		case *types.Var:
			values = append(values, fmt.Sprintf("var %s %s", name, types.TypeString(obj.Type(), qual)))
		}
	}
	ap.Decls = slices.Concat(values, funcs, typeDecls)
	for i, d := range ap.Decls {
		ap.Decls[i] = gofmt(d)
	}
	for p := range private {
		ap.Private = append(ap.Private, p)
	}
	slices.Sort(ap.Private)
	return ap
}

// typeDecl prints a type with its exported fields or interface methods,
// then the exported methods declared on it outside test files.
func typeDecl(obj *types.TypeName, qual types.Qualifier, inTest func(types.Object) bool) string {
	var b strings.Builder
	if obj.IsAlias() {
		// An alias's type prints as the alias itself: the declaration
		// shows what it stands for.
		rhs, tparams := obj.Type(), (*types.TypeParamList)(nil)
		if a, ok := rhs.(*types.Alias); ok {
			rhs, tparams = a.Rhs(), a.TypeParams()
		}
		fmt.Fprintf(&b, "type %s%s = %s", obj.Name(), typeParams(tparams, qual), types.TypeString(rhs, qual))
		return b.String()
	}
	named, _ := obj.Type().(*types.Named)
	var tparams *types.TypeParamList
	if named != nil {
		tparams = named.TypeParams()
	}
	fmt.Fprintf(&b, "type %s%s ", obj.Name(), typeParams(tparams, qual))
	switch u := obj.Type().Underlying().(type) {
	case *types.Struct:
		b.WriteString("struct {")
		n := 0
		for f := range u.Fields() {
			if f.Exported() {
				fmt.Fprintf(&b, "\n\t%s", fieldString(f, qual))
				n++
			}
		}
		if n > 0 {
			b.WriteString("\n")
		}
		if n < u.NumFields() {
			b.WriteString("\t// unexported fields\n")
		}
		b.WriteString("}")
	default:
		b.WriteString(types.TypeString(u, qual))
	}
	if named == nil {
		return b.String()
	}
	for m := range named.Methods() {
		if m.Exported() && !inTest(m) {
			b.WriteString("\n" + funcDecl(m, qual))
		}
	}
	return b.String()
}

// typeParams prints a generic type's parameter list, "[K comparable, V
// any]", or "" for none.
func typeParams(list *types.TypeParamList, qual types.Qualifier) string {
	if list.Len() == 0 {
		return ""
	}
	var params []string
	for tp := range list.TypeParams() {
		params = append(params, tp.Obj().Name()+" "+types.TypeString(tp.Constraint(), qual))
	}
	return "[" + strings.Join(params, ", ") + "]"
}

// funcDecl prints a function or method as a Go declaration without a
// body.
func funcDecl(f *types.Func, qual types.Qualifier) string {
	sig := f.Signature()
	params := strings.TrimPrefix(types.TypeString(sig, qual), "func")
	if recv := sig.Recv(); recv != nil {
		return fmt.Sprintf("func (%s) %s%s", types.TypeString(recv.Type(), qual), f.Name(), params)
	}
	return "func " + f.Name() + params
}

// gofmt formats a declaration as gofmt would, aligning struct fields; a
// declaration go/format cannot parse (untyped constant types) stays as is.
func gofmt(decl string) string {
	out, err := format.Source([]byte("package p\n\n" + decl))
	if err != nil {
		return decl
	}
	return strings.TrimSpace(strings.TrimPrefix(string(out), "package p\n"))
}

func fieldString(f *types.Var, qual types.Qualifier) string {
	if f.Embedded() {
		return types.TypeString(f.Type(), qual)
	}
	return f.Name() + " " + types.TypeString(f.Type(), qual)
}
