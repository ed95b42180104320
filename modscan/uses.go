package modscan

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"slices"
	"strconv"
)

// Uses returns, for each package of imported (import path -> package
// name) that files import, the package-level names of it they name
// (api.Charge, api.Account), sorted and each once: the surface of that
// package a package relies on. It parses each file in full once (Read
// keeps only the import clauses), so it is for reports made once, not for
// every run. A dot import names what it uses without a qualifier; Uses
// lists it as ".".
func (p *Package) Uses(fset *token.FileSet, files []*File, imported map[string]string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, f := range files {
		locals := map[string]string{} // the name the file gives a package -> its path
		for ip, name := range imported {
			switch local := localName(f.Syntax, ip, name); local {
			case "":
			case ".":
				out[ip] = append(out[ip], ".")
			default:
				locals[local] = ip
			}
		}
		if len(locals) == 0 {
			continue
		}
		full, err := parser.ParseFile(fset, filepath.Join(p.Dir, f.Name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for local, sel := range qualified(full, locals) {
			out[locals[local]] = append(out[locals[local]], sel...)
		}
	}
	for ip, names := range out {
		slices.Sort(names)
		out[ip] = slices.Compact(names)
	}
	return out, nil
}

// Uses returns what each package of the module named in wanted uses of
// the packages wanted lists for it (Package.Uses over its non-test
// files), by importing package and then imported package; the packages
// are read four at a time. An imported package of the module is known by
// its package clause, another by the last element of its path.
func (m *Module) Uses(fset *token.FileSet, wanted map[string][]string) (map[string]map[string][]string, error) {
	names := map[string]string{}
	var pkgs []*Package
	for _, p := range m.Packages {
		names[p.Path] = p.Name
		if wanted[p.Path] != nil {
			pkgs = append(pkgs, p)
		}
	}
	uses := make([]map[string][]string, len(pkgs))
	errs := make([]error, len(pkgs))
	eachIndex(len(pkgs), func(i int) {
		imported := map[string]string{}
		for _, ip := range wanted[pkgs[i].Path] {
			imported[ip] = cmp.Or(names[ip], path.Base(ip))
		}
		uses[i], errs[i] = pkgs[i].Uses(fset, pkgs[i].GoFiles, imported)
	})
	out := map[string]map[string][]string{}
	for i, p := range pkgs {
		if errs[i] != nil {
			return nil, fmt.Errorf("reading what %s uses of the packages it imports: %w", p.Path, errs[i])
		}
		out[p.Path] = uses[i]
	}
	return out, nil
}

// localName is the name file gives the package importPath, whose package
// clause says name: its import alias, else name; "" when file does not
// import it or imports it for its side effects.
func localName(file *ast.File, importPath, name string) string {
	for _, s := range file.Imports {
		if p, err := strconv.Unquote(s.Path.Value); err != nil || p != importPath {
			continue
		}
		if s.Name != nil {
			if s.Name.Name == "_" {
				return ""
			}
			return s.Name.Name
		}
		return name
	}
	return ""
}

// qualified returns, for each local name of a package, the Sel of every
// selector local.Sel in file whose local is not hidden by a declaration
// in an enclosing function: a parameter, receiver or local variable named
// like the package.
func qualified(file *ast.File, locals map[string]string) map[string][]string {
	out := map[string][]string{}
	h := hiding{}
	ast.PreorderStack(file, nil, func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if x, ok := sel.X.(*ast.Ident); ok && locals[x.Name] != "" && !h.shadowed(x.Name, stack) {
			out[x.Name] = append(out[x.Name], sel.Sel.Name)
		}
		return true
	})
	return out
}

// hiding memoises, per function declaration or literal and name, whether
// the function declares the name (hides): a package is named many times in
// one function, and each answer walks the function's body.
type hiding map[hideKey]bool

type hideKey struct {
	fn   ast.Node
	name string
}

// shadowed reports whether one of the function declarations or literals
// around a use declares name as a parameter, result, receiver or local
// variable, which would hide the package name there.
func (h hiding) shadowed(name string, stack []ast.Node) bool {
	for _, n := range stack {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
		default:
			continue
		}
		k := hideKey{n, name}
		hidden, ok := h[k]
		if !ok {
			hidden = hides(n, name)
			h[k] = hidden
		}
		if hidden {
			return true
		}
	}
	return false
}

// hides reports whether the function declaration or literal fn declares
// name as a parameter, result, receiver or local variable.
func hides(fn ast.Node, name string) bool {
	var typ *ast.FuncType
	var recv *ast.FieldList
	var body *ast.BlockStmt
	switch f := fn.(type) {
	case *ast.FuncDecl:
		typ, recv, body = f.Type, f.Recv, f.Body
	case *ast.FuncLit:
		typ, body = f.Type, f.Body
	}
	for _, fl := range []*ast.FieldList{recv, typ.Params, typ.Results} {
		if declares(fl, name) {
			return true
		}
	}
	return body != nil && declaresLocal(body, name)
}

func declares(fl *ast.FieldList, name string) bool {
	if fl == nil {
		return false
	}
	for _, f := range fl.List {
		for _, id := range f.Names {
			if id.Name == name {
				return true
			}
		}
	}
	return false
}

// declaresLocal reports whether body declares name with := or var, at
// any depth: a conservative answer, since a use before the declaration or
// in a sibling block still names the package.
func declaresLocal(body *ast.BlockStmt, name string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name == name {
						found = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				if id.Name == name {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
