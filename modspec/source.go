package modspec

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// The spec's field claims and function entries name declarations in the
// module's source. A claim that names no field, or an entry whose argument
// index the function does not have, would silently match nothing, so
// CheckModule checks them against the source, parsed (not type-checked:
// boundary imports no go/analysis and loads no dependencies). Where the
// parse alone cannot tell (a type from outside the module, a method
// promoted through an embedded type), the entry is given the benefit of the
// doubt; the config analyzer checks the rest against type information.

// sourcePackage is the parsed non-test files of one module package.
type sourcePackage struct {
	types  map[string]typeDecl
	funcs  map[string]*ast.FuncType // "F" or "T.M"
	values map[string]bool          // package-level variables and constants
	files  int
}

// typeDecl is a type expression and the file it is written in.
type typeDecl struct {
	expr ast.Expr
	file *fileScope
}

type fileScope struct {
	pkg     string            // module-relative path of the package
	imports map[string]string // local name -> import path
}

// sourceIndex parses module packages on demand, each once.
type sourceIndex struct {
	root, module string
	pkgs         map[string]*sourcePackage
}

func (x *sourceIndex) pkg(rel string) *sourcePackage {
	if p, ok := x.pkgs[rel]; ok {
		return p
	}
	p := &sourcePackage{types: map[string]typeDecl{}, funcs: map[string]*ast.FuncType{}, values: map[string]bool{}}
	x.pkgs[rel] = p
	entries, err := os.ReadDir(filepath.Join(x.root, filepath.FromSlash(rel)))
	if err != nil {
		return p
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !IsGoFile(name) || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, _ := parser.ParseFile(fset, filepath.Join(x.root, filepath.FromSlash(rel), name), nil, parser.SkipObjectResolution)
		if f == nil {
			continue
		}
		p.files++
		p.add(rel, f)
	}
	return p
}

func (p *sourcePackage) add(rel string, f *ast.File) {
	imports := map[string]string{}
	scope := &fileScope{pkg: rel, imports: imports}
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := importName(path)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		imports[name] = path
	}
	for _, decl := range f.Decls {
		switch decl := decl.(type) {
		case *ast.GenDecl:
			for _, spec := range decl.Specs {
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					p.types[spec.Name.Name] = typeDecl{spec.Type, scope}
				case *ast.ValueSpec:
					for _, n := range spec.Names {
						p.values[n.Name] = true
					}
				}
			}
		case *ast.FuncDecl:
			key := decl.Name.Name
			if decl.Recv != nil && len(decl.Recv.List) == 1 {
				key = receiverName(decl.Recv.List[0].Type) + "." + key
			}
			p.funcs[key] = decl.Type
		}
	}
}

// importName guesses the package name an import path gives without a
// local name: its last element, skipping a major-version suffix.
func importName(path string) string {
	elems := strings.Split(path, "/")
	name := elems[len(elems)-1]
	if boundary.IsMajorVersion(name) && len(elems) > 1 {
		name = elems[len(elems)-2]
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i] // gopkg.in/yaml.v3
	}
	return strings.ReplaceAll(name, "-", "_")
}

func receiverName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// checkSource reports field claims that name no field, context key claims
// that name no package-level type, variable or constant, and function
// entries whose argument index is out of range.
func checkSource(s *boundary.Spec, root string) boundary.Errors {
	x := &sourceIndex{root: root, module: s.Module, pkgs: map[string]*sourcePackage{}}
	var errs boundary.Errors
	report := func(p boundary.Pos, format string, args ...any) {
		errs = append(errs, &boundary.Error{Pos: p, Msg: fmt.Sprintf(format, args...)})
	}
	for _, c := range s.Components {
		for _, f := range c.Owns.Fields {
			if msg := x.fieldProblem(f); msg != "" {
				report(f.Pos, "field claim %s of component %s %s; fix the claim", f, c.Name, msg)
			}
		}
		for _, k := range c.Owns.Context {
			if k.Package == "" {
				continue // a string key: nothing in the source declares it
			}
			// A missing package is Unmatched's error; a missing name is this one.
			if p := x.pkg(k.Package); p.files > 0 && p.types[k.Name].expr == nil && !p.values[k.Name] {
				report(k.Pos, "context key claim %s of component %s names no type, variable or constant of package %s; fix the claim", k, c.Name, k.Package)
			}
		}
	}
	for _, a := range s.Config.Accessors {
		if msg := x.argProblem(a.Func, a.Key); msg != "" {
			report(a.Pos, "config accessor %s %s; fix key or func", a.Func, msg)
		}
	}
	for _, g := range s.Config.Getters {
		if msg := x.funcProblem(g.Func); msg != "" {
			report(g.Pos, "config getter %s %s; fix func", g.Func, msg)
		}
	}
	for _, q := range s.Data.Queries {
		if msg := x.argProblem(q.Func, q.SQL); msg != "" {
			report(q.Pos, "query %s %s; fix sql or func", q.Func, msg)
		}
	}
	for _, b := range append(slices.Clip(s.Events.Publishers), s.Events.Subscribers...) {
		if msg := x.argProblem(b.Func, b.Topic); msg != "" {
			report(b.Pos, "event bus function %s %s; fix topic or func", b.Func, msg)
		}
	}
	for _, r := range s.Data.Runners {
		if msg := x.argProblem(r.Func, r.Callback); msg != "" {
			report(r.Pos, "runner %s %s; fix callback or func", r.Func, msg)
		}
	}
	return errs
}

// fieldProblem says why f names no field, or "".
func (x *sourceIndex) fieldProblem(f boundary.FieldClaim) string {
	p := x.pkg(f.Package)
	if p.files == 0 {
		return "names package " + f.Package + ", which is not a package of module " + x.module
	}
	decl, ok := p.types[f.Type]
	if !ok {
		return "names no type " + f.Type + " of package " + f.Package
	}
	for i, name := range f.Path {
		st, known := x.structOf(decl, 0)
		if !known {
			return "" // declared outside the module: the type checker decides
		}
		if st == nil {
			return "goes through " + strings.Join(append([]string{f.Type}, f.Path[:i]...), ".") + ", which is not a struct"
		}
		next, ok := fieldType(st, name, decl.file)
		if !ok {
			return "names no field " + name + " of " + strings.Join(append([]string{f.Type}, f.Path[:i]...), ".")
		}
		decl = next
	}
	return ""
}

// structOf resolves decl to a struct type. known is false when the type
// is declared where the parse cannot follow (outside the module, generic).
func (x *sourceIndex) structOf(decl typeDecl, depth int) (st *ast.StructType, known bool) {
	if depth > 20 {
		return nil, false
	}
	switch t := decl.expr.(type) {
	case *ast.StructType:
		return t, true
	case *ast.StarExpr:
		return x.structOf(typeDecl{t.X, decl.file}, depth+1)
	case *ast.ParenExpr:
		return x.structOf(typeDecl{t.X, decl.file}, depth+1)
	case *ast.Ident:
		if d, ok := x.named(decl, "", t.Name); ok {
			return x.structOf(d, depth+1)
		}
		return nil, isPredeclared(t.Name) // a predeclared type is no struct; a dot-imported one is unknown
	case *ast.SelectorExpr:
		pkg, ok := t.X.(*ast.Ident)
		if !ok {
			return nil, false
		}
		if d, ok := x.named(decl, pkg.Name, t.Sel.Name); ok {
			return x.structOf(d, depth+1)
		}
		return nil, false
	case *ast.IndexExpr, *ast.IndexListExpr:
		return nil, false
	}
	return nil, true // a map, slice, func, interface...: not a struct
}

// named looks up the type name (qualified by the import qual, if any) as
// seen from decl's file; ok is false when it cannot be followed.
func (x *sourceIndex) named(from typeDecl, qual, name string) (typeDecl, bool) {
	rel := from.file.pkg
	if qual != "" {
		path, ok := from.file.imports[qual]
		if !ok {
			return typeDecl{}, false
		}
		if rel, ok = x.rel(path); !ok {
			return typeDecl{}, false
		}
	}
	d, ok := x.pkg(rel).types[name]
	return d, ok
}

func (x *sourceIndex) rel(importPath string) (string, bool) {
	if importPath == x.module {
		return ".", true
	}
	rest, ok := strings.CutPrefix(importPath, x.module+"/")
	return rest, ok
}

// fieldType returns the type of st's field name, embedded fields named by
// their type, as the type checker names them.
func fieldType(st *ast.StructType, name string, file *fileScope) (typeDecl, bool) {
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			if receiverName(f.Type) == name || selectorName(f.Type) == name {
				return typeDecl{f.Type, file}, true
			}
			continue
		}
		for _, n := range f.Names {
			if n.Name == name {
				return typeDecl{f.Type, file}, true
			}
		}
	}
	return typeDecl{}, false
}

func selectorName(t ast.Expr) string {
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	if sel, ok := t.(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return ""
}

func isPredeclared(name string) bool {
	switch name {
	case "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64",
		"rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any", "comparable":
		return true
	}
	return false
}

// funcProblem says why fn, if it is declared in the module, names no
// function of its package, with the closest name it declares, or "".
func (x *sourceIndex) funcProblem(fn boundary.Func) string {
	_, msg := x.lookupFunc(fn)
	return msg
}

// lookupFunc finds fn's declaration when it is in the module; ft is nil
// when fn is outside the module or the parse cannot tell, and msg says
// why fn names nothing.
func (x *sourceIndex) lookupFunc(fn boundary.Func) (ft *ast.FuncType, msg string) {
	rel, inModule := x.rel(fn.Package)
	if !inModule {
		return nil, "" // outside the module: the analyzers check it with type information
	}
	p := x.pkg(rel)
	if p.files == 0 {
		return nil, "names package " + fn.Package + ", which is not a package of module " + x.module
	}
	key := fn.Name
	if fn.Type != "" {
		key = fn.Type + "." + fn.Name
	}
	ft, ok := p.funcs[key]
	if !ok && fn.Type != "" {
		ft, ok = x.interfaceMethod(p, fn.Type, fn.Name)
	}
	if ok {
		return ft, ""
	}
	if fn.Type != "" {
		if _, declared := p.types[fn.Type]; declared {
			return nil, "" // perhaps promoted from an embedded type: the type checker decides
		}
	}
	msg = "names no function of package " + rel
	names := make([]string, 0, len(p.funcs))
	for name := range p.funcs {
		names = append(names, name)
	}
	slices.Sort(names)
	if c := boundary.Closest(key, names); c != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", c)
	}
	return nil, msg
}

// argProblem says why fn, if it is declared in the module, has no argument
// index, or "".
func (x *sourceIndex) argProblem(fn boundary.Func, index int) string {
	ft, msg := x.lookupFunc(fn)
	if ft == nil {
		return msg
	}
	n, variadic := 0, false
	for _, f := range ft.Params.List {
		n += max(1, len(f.Names))
		_, variadic = f.Type.(*ast.Ellipsis)
	}
	if index >= n && !variadic {
		return fmt.Sprintf("has no argument %d: %s takes %d (arguments count from 0)", index, fn.Name, n)
	}
	return ""
}

func (x *sourceIndex) interfaceMethod(p *sourcePackage, typeName, method string) (*ast.FuncType, bool) {
	it, ok := p.types[typeName].expr.(*ast.InterfaceType)
	if !ok {
		return nil, false
	}
	for _, m := range it.Methods.List {
		for _, n := range m.Names {
			if ft, ok := m.Type.(*ast.FuncType); ok && n.Name == method {
				return ft, true
			}
		}
	}
	return nil, false
}
