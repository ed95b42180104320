package archdoc

import (
	"errors"
	"fmt"
	"go/format"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/boundarylint/boundarylint/boundary"
)

// APIPackage is one api package of a component, as the type checker sees
// it: each exported declaration printed as Go, with the packages it
// mentions by name.
type APIPackage struct {
	Path  string // module-relative
	Decls []string
	// Private lists the component's packages outside its api that the
	// declarations expose (a field or parameter of their types): callers
	// must import them to use the API, and the private rule forbids that.
	Private []string
}

// LoadAPI type-checks the api packages of every component (from export
// data: only their declarations are needed) and returns them by
// component, in module-package order. dir is a directory of the module.
func LoadAPI(dir string, spec *boundary.Spec, modulePackages []string) (map[string][]APIPackage, error) {
	var paths []string
	for _, rel := range modulePackages {
		ip := spec.ImportPath(rel)
		if c := spec.ComponentOf(ip); c != nil && spec.IsAPI(c, ip) {
			paths = append(paths, ip)
		}
	}
	if len(paths) == 0 {
		return nil, nil
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedTypes, Dir: dir}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		return nil, err
	}
	var errs []error
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		if len(p.GoFiles) == 0 && len(p.IgnoredFiles) > 0 {
			// every file is behind a build constraint (//go:build ignore
			// on an example kept out of go build ./...): the build has no
			// API of it to describe, which is no error
			continue
		}
		for _, e := range p.Errors {
			errs = append(errs, errors.New(e.Error()))
		}
		byPath[p.PkgPath] = p.Types
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("loading the api packages: %w", errors.Join(errs...))
	}
	out := map[string][]APIPackage{}
	for _, ip := range paths {
		if byPath[ip] == nil {
			continue
		}
		c := spec.ComponentOf(ip)
		rel, _ := spec.Rel(ip)
		out[c.Name] = append(out[c.Name], describe(spec, c, rel, byPath[ip]))
	}
	return out, nil
}

// describe prints the exported declarations of pkg: constants, variables,
// functions, then each type followed by its methods, alphabetically.
func describe(spec *boundary.Spec, c *boundary.Component, rel string, pkg *types.Package) APIPackage {
	ap := APIPackage{Path: rel}
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
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Func:
			funcs = append(funcs, funcDecl(obj, qual))
		case *types.TypeName:
			typeDecls = append(typeDecls, typeDecl(obj, qual))
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
// then the exported methods declared on it.
func typeDecl(obj *types.TypeName, qual types.Qualifier) string {
	var b strings.Builder
	if obj.IsAlias() {
		fmt.Fprintf(&b, "type %s = %s", obj.Name(), types.TypeString(obj.Type(), qual))
		return b.String()
	}
	fmt.Fprintf(&b, "type %s ", obj.Name())
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
	named, ok := obj.Type().(*types.Named)
	if !ok {
		return b.String()
	}
	for m := range named.Methods() {
		if m.Exported() {
			b.WriteString("\n" + funcDecl(m, qual))
		}
	}
	return b.String()
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
