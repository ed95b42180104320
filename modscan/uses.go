package modscan

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"slices"
	"strconv"
)

// Uses returns the package-level names of the package imported as
// importPath that files name (api.Charge, api.Account), sorted and each
// once: the surface of importPath that a package relies on. It parses the
// files in full (Read keeps only their import clauses), so it is for
// reports made once, not for every run. A dot import names what it uses
// without a qualifier; Uses lists it as ".".
func (p *Package) Uses(fset *token.FileSet, files []*File, importPath string) ([]string, error) {
	var out []string
	for _, f := range files {
		local := localName(f.Syntax, importPath)
		switch local {
		case "":
			continue
		case ".":
			out = append(out, ".")
			continue
		}
		full, err := parser.ParseFile(fset, filepath.Join(p.Dir, f.Name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		out = append(out, qualified(full, local)...)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// localName is the name file gives the package importPath: its import
// alias, else the last element of the path (the package clause usually
// agrees; a package whose clause differs is named by an alias in practice);
// "" when file does not import it or imports it for its side effects.
func localName(file *ast.File, importPath string) string {
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
		return path.Base(importPath)
	}
	return ""
}

// qualified returns the Sel of every selector local.Sel in file whose
// local is not shadowed by a declaration in an enclosing scope of the
// file: a parameter, variable or function named like the package.
func qualified(file *ast.File, local string) []string {
	var out []string
	ast.PreorderStack(file, nil, func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if x, ok := sel.X.(*ast.Ident); ok && x.Name == local && !shadowed(local, stack) {
			out = append(out, sel.Sel.Name)
		}
		return true
	})
	return out
}

// shadowed reports whether one of the function declarations or literals
// around a use declares name as a parameter, result, receiver or local
// variable, which would hide the package name there.
func shadowed(name string, stack []ast.Node) bool {
	for _, n := range stack {
		var typ *ast.FuncType
		var recv *ast.FieldList
		var body *ast.BlockStmt
		switch f := n.(type) {
		case *ast.FuncDecl:
			typ, recv, body = f.Type, f.Recv, f.Body
		case *ast.FuncLit:
			typ, body = f.Type, f.Body
		default:
			continue
		}
		for _, fl := range []*ast.FieldList{recv, typ.Params, typ.Results} {
			if declares(fl, name) {
				return true
			}
		}
		if body != nil && declaresLocal(body, name) {
			return true
		}
	}
	return false
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
