package config

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/boundarylint/boundarylint/analyzers/internal/suppress"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// step is one field selection of a chain: the field, and the named struct
// type that declares it (nil for an unnamed struct).
type step struct {
	owner *types.TypeName
	field string
}

// fieldRoots returns "importpath.Type" for each type a field claim starts at,
// so that selections of other types are dismissed with one map lookup.
func fieldRoots(spec *boundary.Spec) map[string]bool {
	roots := map[string]bool{}
	for _, c := range spec.Components {
		for _, f := range c.Owns.Fields {
			path := spec.Module
			if f.Package != "." {
				path += "/" + f.Package
			}
			roots[path+"."+f.Type] = true
		}
	}
	return roots
}

func (c *checker) isRoot(t *types.TypeName) bool {
	return t != nil && t.Pkg() != nil && c.roots[t.Pkg().Path()+"."+t.Name()]
}

// checkSelector checks a chain of field selections (cfg.Payments.Secret,
// with implicit embedded fields and pointer indirections) at its outermost
// selector, so each chain is reported once.
func (c *checker) checkSelector(cur inspector.Cursor) {
	sel := cur.Node().(*ast.SelectorExpr)
	if !c.isChainSelection(sel) {
		return
	}
	top := climb(cur)
	if top.ParentEdgeKind() == edge.SelectorExpr_X && c.isChainSelection(top.Parent().Node().(*ast.SelectorExpr)) {
		return // an outer selector continues the chain
	}
	steps := c.chain(sel)
	for i, s := range steps {
		if !c.isRoot(s.owner) {
			continue
		}
		path := fieldNames(steps[i:])
		o := c.spec.OwnerOfField(s.owner.Pkg().Path(), s.owner.Name(), path)
		c.use(o)
		if c.foreign(o.Owner) {
			c.reportField(sel.Pos(), accessVerb(top), s.owner, path, o)
			return
		}
	}
}

// isChainSelection reports whether sel selects a field, or a method that
// may be promoted through embedded fields.
func (c *checker) isChainSelection(sel *ast.SelectorExpr) bool {
	s := c.pass.TypesInfo.Selections[sel]
	return s != nil && (s.Kind() == types.FieldVal || s.Kind() == types.MethodVal)
}

// climb returns the outermost expression around cur that still denotes the
// same variable: parentheses and dereferences.
func climb(cur inspector.Cursor) inspector.Cursor {
	for {
		switch cur.ParentEdgeKind() {
		case edge.ParenExpr_X, edge.StarExpr_X:
			cur = cur.Parent()
		default:
			return cur
		}
	}
}

// accessVerb tells a write (assignment, ++, --, also of an element of the
// field) from a read.
func accessVerb(cur inspector.Cursor) string {
	for {
		switch cur.ParentEdgeKind() {
		case edge.ParenExpr_X, edge.StarExpr_X, edge.IndexExpr_X:
			cur = cur.Parent()
		case edge.AssignStmt_Lhs, edge.IncDecStmt_X:
			return "writes"
		default:
			return "reads"
		}
	}
}

// chain returns the field steps that lead to the value e denotes, outermost
// first, from the first expression that is not a field selection.
func (c *checker) chain(e ast.Expr) []step {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.StarExpr:
			e = x.X
			continue
		}
		break
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || !c.isChainSelection(sel) {
		return nil
	}
	s := c.pass.TypesInfo.Selections[sel]
	steps := c.chain(sel.X)
	index := s.Index()
	if s.Kind() == types.MethodVal {
		index = index[:len(index)-1] // the method itself; what precedes are embedded fields
	}
	t := s.Recv()
	for _, i := range index {
		st, ok := deref(t).Underlying().(*types.Struct)
		if !ok {
			return steps
		}
		f := st.Field(i)
		steps = append(steps, step{namedOf(t), f.Name()})
		t = f.Type()
	}
	return steps
}

// checkLiteral checks the fields a struct literal sets. frames are the
// (type, path) pairs an enclosing literal reaches this one by, so that
// Config{Payments: PaymentsConfig{Secret: s}} is seen as setting
// Config.Payments.Secret.
func (c *checker) checkLiteral(lit *ast.CompositeLit, frames []frame) {
	t := c.pass.TypesInfo.TypeOf(lit)
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok {
		return
	}
	if n := namedOf(t); n != nil {
		frames = append(frames, frame{root: n})
	}
	for i, elt := range lit.Elts {
		field, value := c.literalField(st, i, elt)
		if field == nil {
			continue
		}
		next, reported := c.setField(elt.Pos(), frames, field.Name())
		if inner, ok := unaddr(value).(*ast.CompositeLit); ok && !reported {
			c.seen[inner] = true
			c.checkLiteral(inner, next)
		}
	}
}

// frame is a path of fields from a named type.
type frame struct {
	root *types.TypeName
	path []string
}

// setField reports the first frame whose path through field is owned by
// another component and returns the frames one level down.
func (c *checker) setField(pos token.Pos, frames []frame, field string) ([]frame, bool) {
	next := make([]frame, 0, len(frames))
	for _, f := range frames {
		path := append(append([]string(nil), f.path...), field)
		if c.isRoot(f.root) {
			o := c.spec.OwnerOfField(f.root.Pkg().Path(), f.root.Name(), path)
			c.use(o)
			if c.foreign(o.Owner) {
				c.reportField(pos, "writes", f.root, path, o)
				return nil, true
			}
		}
		next = append(next, frame{f.root, path})
	}
	return next, false
}

// literalField returns the field element i of a struct literal sets, and its value.
func (c *checker) literalField(st *types.Struct, i int, elt ast.Expr) (*types.Var, ast.Expr) {
	if kv, ok := elt.(*ast.KeyValueExpr); ok {
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			return nil, nil
		}
		f, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
		return f, kv.Value
	}
	if i < st.NumFields() {
		return st.Field(i), elt
	}
	return nil, nil
}

func (c *checker) reportField(pos token.Pos, verb string, root *types.TypeName, path []string, o boundary.Ownership) {
	name := c.rel(root.Pkg().Path()) + "." + root.Name() + "." + strings.Join(path, ".")
	f := finding.Finding{Rule: finding.ConfigField, ToComponent: o.Owner.Name,
		Subject: finding.Subject{Kind: finding.SubjectField, Name: root.Pkg().Path() + "." + root.Name() + "." + strings.Join(path, ".")},
		SpecPos: suppress.SpecPos(o.Claim.Pos), Write: verb == "writes"}
	c.reportf(pos, f, "%s %s field %s, owned by component %s (%s); ask %s through its API or move the setting",
		c.comp.Name, verb, name, o.Owner.Name, o.Claim.Pos, o.Owner.Name)
}

func fieldNames(steps []step) []string {
	names := make([]string, len(steps))
	for i, s := range steps {
		names[i] = s.field
	}
	return names
}

func unaddr(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	return e
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// namedOf returns the declared type t names, through one pointer.
func namedOf(t types.Type) *types.TypeName {
	if n, ok := types.Unalias(deref(t)).(*types.Named); ok {
		return n.Origin().Obj()
	}
	return nil
}
