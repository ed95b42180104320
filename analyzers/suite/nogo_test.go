package suite

import (
	"bytes"
	"encoding/gob"
	"go/ast"
	"go/types"
	"math/rand"
	"reflect"
	"testing"
	"testing/quick"

	"golang.org/x/tools/go/packages"
)

// Bazel's rules_go nogo builds its checker from <package>.Analyzer values,
// one per package, and runs it on one package per action, on any worker,
// with facts passed between actions gob-encoded. These tests hold every
// analyzer package to that contract.

// TestNogoOneAnalyzerPerPackage: each analyzer's package (analyzers/NAME)
// exports exactly one variable, Analyzer.
func TestNogoOneAnalyzerPerPackage(t *testing.T) {
	var paths []string
	for _, a := range Analyzers() {
		paths = append(paths, "github.com/boundarylint/boundarylint/analyzers/"+a.Name)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes}, paths...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Fatalf("%s: each analyzer's package should be analyzers/NAME: %v", p.PkgPath, e)
		}
		var exported []string
		for _, name := range p.Types.Scope().Names() {
			if v, ok := p.Types.Scope().Lookup(name).(*types.Var); ok && v.Exported() {
				exported = append(exported, name)
			}
		}
		if len(exported) != 1 || exported[0] != "Analyzer" {
			t.Errorf("%s exports variables %q; nogo wants exactly one, Analyzer", p.PkgPath, exported)
		}
	}
}

// TestNogoFactsGobEncodable: every fact type is registered on its
// analyzer and survives gob, which drops unexported fields silently.
func TestNogoFactsGobEncodable(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, a := range WithRequired(Analyzers()) {
		for _, fact := range a.FactTypes {
			typ := reflect.TypeOf(fact).Elem()
			if err := gobSafe(typ, map[reflect.Type]bool{}); err != "" {
				t.Errorf("%s fact %s: %s", a.Name, typ, err)
				continue
			}
			for range 20 {
				v, ok := quick.Value(typ, rng)
				if !ok {
					t.Fatalf("%s fact %s: cannot generate a value", a.Name, typ)
				}
				once := gobEncode(t, v.Addr().Interface())
				back := reflect.New(typ)
				if err := gob.NewDecoder(bytes.NewReader(once)).Decode(back.Interface()); err != nil {
					t.Fatalf("%s fact %s: decoding: %v", a.Name, typ, err)
				}
				if twice := gobEncode(t, back.Interface()); !bytes.Equal(once, twice) {
					t.Errorf("%s fact %s does not survive a gob round trip: %+v became %+v", a.Name, typ, v, back.Elem())
				}
			}
		}
	}
}

func gobEncode(t *testing.T, v any) []byte {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(v); err != nil {
		t.Fatalf("gob: %v", err)
	}
	return buf.Bytes()
}

// gobSafe explains why gob would lose part of a value of type t, or
// returns "".
func gobSafe(t reflect.Type, seen map[reflect.Type]bool) string {
	if seen[t] {
		return ""
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return "field " + f.Name + " is unexported: gob drops it"
			}
			if err := gobSafe(f.Type, seen); err != "" {
				return "field " + f.Name + ": " + err
			}
		}
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return gobSafe(t.Elem(), seen)
	case reflect.Map:
		if err := gobSafe(t.Key(), seen); err != "" {
			return err
		}
		return gobSafe(t.Elem(), seen)
	case reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return t.Kind().String() + " values do not cross a gob encoding"
	}
	return ""
}

// TestNogoConfigurationThroughFlags: an analyzer's settings are its flags
// (nogo passes them from its config) and its spec path among them.
func TestNogoConfigurationThroughFlags(t *testing.T) {
	for _, a := range Rules() {
		if a.Flags.Lookup("spec") == nil {
			t.Errorf("%s has no -spec flag: nogo could not name its spec", a.Name)
		}
	}
}

// TestNogoNoGlobalWrites: no function of the analyzers writes a
// package-level variable. nogo, like go vet, may run many packages
// through one analyzer value in any order, so state kept between runs
// would make a package's findings depend on the others. (Caches kept in
// the value an Analyzer's run closes over, keyed by their input, such as
// the loaded spec by path, are the one allowed kind.)
func TestNogoNoGlobalWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks every analyzer package")
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo}
	pkgs, err := packages.Load(cfg, "github.com/boundarylint/boundarylint/analyzers/...")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Fatal(e)
		}
		if testOnly(p.Types) {
			continue // a fixture helper: tests run it, nogo never does
		}
		for _, f := range p.Syntax {
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok || fn.Body == nil || fn.Name.Name == "init" && fn.Recv == nil {
					continue
				}
				ast.Inspect(fn.Body, func(n ast.Node) bool {
					var targets []ast.Expr
					switch n := n.(type) {
					case *ast.AssignStmt:
						targets = n.Lhs
					case *ast.IncDecStmt:
						targets = []ast.Expr{n.X}
					}
					for _, x := range targets {
						if v := packageVar(p.TypesInfo, x); v != nil {
							t.Errorf("%s: %s writes package-level variable %s.%s", p.Fset.Position(x.Pos()), fn.Name.Name, v.Pkg().Name(), v.Name())
						}
					}
					return true
				})
			}
		}
	}
}

// testOnly reports whether a package imports testing: a helper of the
// analyzers' tests, not part of what nogo runs.
func testOnly(p *types.Package) bool {
	for _, imp := range p.Imports() {
		if imp.Path() == "testing" {
			return true
		}
	}
	return false
}

// packageVar returns the package-level variable an assignment target
// writes (through fields, indexes and dereferences), if any.
func packageVar(info *types.Info, x ast.Expr) *types.Var {
	for {
		switch e := x.(type) {
		case *ast.ParenExpr:
			x = e.X
		case *ast.StarExpr:
			x = e.X
		case *ast.IndexExpr:
			x = e.X
		case *ast.SelectorExpr:
			if v, ok := info.Uses[e.Sel].(*types.Var); ok && !v.IsField() {
				return global(v) // pkg.Var
			}
			x = e.X
		case *ast.Ident:
			if v, ok := info.Uses[e].(*types.Var); ok {
				return global(v)
			}
			return nil
		default:
			return nil
		}
	}
}

func global(v *types.Var) *types.Var {
	if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
		return v
	}
	return nil
}
