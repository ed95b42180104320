package tx

import (
	"fmt"
	"go/ast"
	"go/constant"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

const (
	gormSchemaPkg = "gorm.io/gorm/schema"
	xormNamesPkg  = "xorm.io/xorm/names"
)

// naming is how an ORM derives tables from model type names, as a
// package configures it: gorm's NamingStrategy{TablePrefix, SingularTable}
// (gorm v1's db.SingularTable(true)), xorm's SetMapper(names.GonicMapper{}).
type naming struct {
	Xorm     bool   // xorm's mapper, else gorm's strategy
	Prefix   string // gorm's TablePrefix
	Singular bool   // gorm's SingularTable
	Gonic    bool   // xorm's GonicMapper, else SnakeMapper
	Unknown  bool   // set to something not constant: a custom Namer or mapper
}

// namingFact is the package fact of a package that configures how an ORM
// names tables. A package using a model without TableName sees the
// settings of its own package and of every package it imports.
type namingFact struct{ Namings []naming }

func (*namingFact) AFact() {}

func (f *namingFact) String() string {
	var parts []string
	for _, n := range f.Namings {
		parts = append(parts, n.String())
	}
	return "names tables: " + strings.Join(parts, "; ")
}

func (n naming) String() string {
	switch {
	case n.Xorm && n.Unknown:
		return "xorm, a custom mapper"
	case n.Xorm && n.Gonic:
		return "xorm, GonicMapper"
	case n.Xorm:
		return "xorm, SnakeMapper"
	case n.Unknown:
		return "gorm, a custom strategy"
	}
	return fmt.Sprintf("gorm, prefix %q, singular %v", n.Prefix, n.Singular)
}

// collectNaming exports the naming settings the package makes, when it is
// in the module analysed: the ORM's own code (xorm's SetMapper calls
// SetTableMapper with its parameter) configures nothing.
func (c *checker) collectNaming() {
	path := c.pass.Pkg.Path()
	if m := c.pass.Module; m != nil && m.Path != "" && path != m.Path && !strings.HasPrefix(path, m.Path+"/") {
		return
	}
	if isGorm(path) || strings.HasPrefix(path, gormPkg+"/") || strings.HasPrefix(path, xormPkg) {
		return // without a module (some drivers pass none), the ORMs at least
	}
	var found []naming
	for _, f := range c.funcs {
		for _, cs := range f.calls {
			if n, ok := c.namingCall(cs); ok && !slices.Contains(found, n) {
				found = append(found, n)
			}
		}
	}
	for _, file := range c.pass.Files {
		if !imports(file, gormSchemaPkg) {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.CompositeLit); ok {
				if n, ok := c.namingStrategy(lit); ok && !slices.Contains(found, n) {
					found = append(found, n)
				}
			}
			return true
		})
	}
	if len(found) > 0 {
		c.pass.ExportPackageFact(&namingFact{Namings: found})
	}
	c.naming = found
}

// namingCall reads gorm v1's db.SingularTable(b) and xorm's
// engine.SetMapper(m) or SetTableMapper(m).
func (c *checker) namingCall(cs *callSite) (naming, bool) {
	if cs.fn == nil || len(cs.call.Args) != 1 {
		return naming{}, false
	}
	arg := cs.call.Args[0]
	switch path, name := cs.fn.Pkg().Path(), cs.fn.Name(); {
	case path == gorm1Pkg && name == "SingularTable":
		tv := c.pass.TypesInfo.Types[arg]
		return naming{Singular: tv.Value != nil && constant.BoolVal(tv.Value), Unknown: tv.Value == nil}, true
	case path == xormPkg && (name == "SetMapper" || name == "SetTableMapper"):
		n := typenames.Named(c.pass.TypesInfo.TypeOf(arg))
		switch {
		case n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != xormNamesPkg:
			return naming{Xorm: true, Unknown: true}, true
		case n.Obj().Name() == "GonicMapper" || n.Obj().Name() == "SnakeMapper":
			return naming{Xorm: true, Gonic: n.Obj().Name() == "GonicMapper"}, true
		}
		return naming{Xorm: true, Unknown: true}, true
	}
	return naming{}, false
}

// namingStrategy reads a schema.NamingStrategy literal: constant
// TablePrefix and SingularTable are followed; any other field, or a value
// not constant, makes the names unknown.
func (c *checker) namingStrategy(lit *ast.CompositeLit) (naming, bool) {
	n := typenames.Named(c.pass.TypesInfo.TypeOf(lit))
	if n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != gormSchemaPkg || n.Obj().Name() != "NamingStrategy" {
		return naming{}, false
	}
	var out naming
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		key, _ := kv.Key.(*ast.Ident)
		if !ok || key == nil {
			return naming{Unknown: true}, true
		}
		tv := c.pass.TypesInfo.Types[kv.Value]
		switch {
		case key.Name == "TablePrefix" && tv.Value != nil && tv.Value.Kind() == constant.String:
			out.Prefix = constant.StringVal(tv.Value)
		case key.Name == "SingularTable" && tv.Value != nil && tv.Value.Kind() == constant.Bool:
			out.Singular = constant.BoolVal(tv.Value)
		case key.Name == "IdentifierMaxLength":
		default:
			out.Unknown = true
		}
	}
	return out, true
}

// imports reports whether file imports path.
func imports(file *ast.File, path string) bool {
	for _, imp := range file.Imports {
		if imp.Path.Value == `"`+path+`"` {
			return true
		}
	}
	return false
}

// defaultTable is the table lib names a model type without TableName
// after, under the naming its users' packages and their imports set; when
// they set different or unknown ones, why it is unknown.
func (c *checker) defaultTable(typeName, lib string) (table, why string) {
	xorm := lib == xormPkg
	var chosen *naming
	for _, n := range c.namings() {
		if n.Xorm != xorm {
			continue
		}
		if n.Unknown || (chosen != nil && *chosen != n) {
			return "", unreadNaming
		}
		chosen = &n
	}
	if chosen == nil {
		chosen = &naming{Xorm: xorm}
	}
	if xorm {
		return xormTable(typeName, chosen.Gonic), ""
	}
	return gormTable(typeName, chosen.Prefix, chosen.Singular), ""
}

// namings returns the naming settings of the package and of its imports,
// read once.
func (c *checker) namings() []naming {
	if !c.namingRead {
		c.namingRead = true
		c.allNaming = slices.Clone(c.naming)
		for _, pf := range c.pass.AllPackageFacts() {
			if f, ok := pf.Fact.(*namingFact); ok && pf.Package != c.pass.Pkg {
				for _, n := range f.Namings {
					if !slices.Contains(c.allNaming, n) {
						c.allNaming = append(c.allNaming, n)
					}
				}
			}
		}
	}
	return c.allNaming
}
