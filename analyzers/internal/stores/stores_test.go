package stores

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"testing"
)

// check type-checks the files of package p (no imports).
func check(t *testing.T, srcs ...string) (*types.Info, []*ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	for i, src := range srcs {
		f, err := parser.ParseFile(fset, fmt.Sprintf("f%d.go", i), "package p\n"+src, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	if _, err := new(types.Config).Check("p", fset, files, info); err != nil {
		t.Fatal(err)
	}
	return info, files
}

// format prints a store as kind var [= value] [flags] in func, a field's
// name with a leading dot.
func format(s Store) string {
	var b strings.Builder
	name := s.Var.Name()
	if s.Var.IsField() {
		name = "." + name
	}
	fmt.Fprintf(&b, "%s %s", s.Kind, name)
	if s.Value != nil {
		fmt.Fprintf(&b, " = %s", types.ExprString(s.Value))
	}
	if s.Multi {
		fmt.Fprintf(&b, " result %d", s.Result)
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{s.Zero, "zero"}, {s.Declares, "declares"}, {s.Lit != nil, "lit"}, {s.Elided, "elided"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	fn := "-"
	if s.Func != nil {
		fn = s.Func.Name.Name
	}
	fmt.Fprintf(&b, " in %s", fn)
	return b.String()
}

func walk(t *testing.T, srcs ...string) []string {
	t.Helper()
	info, files := check(t, srcs...)
	var got []string
	Walk(info, files, func(s Store) { got = append(got, format(s)) })
	return got
}

func TestWalk(t *testing.T) {
	const two = "func two() (int, error) { return 0, nil }\n"
	for _, c := range []struct {
		name string
		src  []string
		want []string
	}{
		{
			name: "assignments",
			src:  []string{"func f() { x := 1; x = 2; x += 3; x++; x--; (x) = (4) }"},
			want: []string{
				"define x = 1 declares in f",
				"assign x = 2 in f",
				"opassign x in f",
				"incdec x in f",
				"incdec x in f",
				"assign x = (4) in f",
			},
		},
		{
			name: "multi-value call",
			src:  []string{two + "func f() { v, err := two(); w, err := (two()); v, w = w, v; _, _ = v, err }"},
			want: []string{
				"define v = two() result 0 declares in f",
				"define err = two() result 1 declares in f",
				"define w = (two()) result 0 declares in f",
				"define err = (two()) result 1 in f", // err is not new: assigned, not declared
				"assign v = w in f",
				"assign w = v in f",
			},
		},
		{
			name: "comma-ok forms",
			src:  []string{"func f(m map[string]int, i any, c chan int) { v, ok := m[\"k\"]; s, ok := i.(string); r, ok := <-c; _, _, _, _ = v, s, r, ok }"},
			want: []string{
				`define v = m["k"] result 0 declares in f`,
				`define ok = m["k"] result 1 declares in f`,
				"define s = i.(string) result 0 declares in f",
				"define ok = i.(string) result 1 in f",
				"define r = <-c result 0 declares in f",
				"define ok = <-c result 1 in f",
			},
		},
		{
			name: "declarations",
			src:  []string{two + "var a, b = two()\nvar c, d int\nvar e, g = 1, \"s\"\nconst k = 1\nfunc f() { var h string; _ = h }"},
			want: []string{
				"decl a = two() result 0 declares in -",
				"decl b = two() result 1 declares in -",
				"decl c zero declares in -",
				"decl d zero declares in -",
				"decl e = 1 declares in -",
				`decl g = "s" declares in -`,
				"decl h zero declares in f",
			},
		},
		{
			name: "fields and what is no variable",
			src:  []string{"type T struct{ F int }\nfunc f(t *T, p *int, m map[string]int, s []int) { t.F = 1; (t.F)++; *p = 1; m[\"a\"] = 1; s[0] = 1; _ = 2 }"},
			want: []string{
				"assign .F = 1 in f",
				"incdec .F in f",
			},
		},
		{
			name: "struct literals",
			src:  []string{"type T struct{ A, B int }\nvar x = T{A: 1}\nvar y = T{1, 2}\nvar z = []*T{{B: 3}, {4, 5}}\nvar p = &T{A: 6}\nvar m = map[string]int{\"a\": 1}\nvar s = []int{7}"},
			want: []string{
				"decl x = T{…} declares in -",
				"keyed .A = 1 in -",
				"decl y = T{…} declares in -",
				"positional .A = 1 in -",
				"positional .B = 2 in -",
				"decl z = []*T{…} declares in -",
				"keyed .B = 3 elided in -",
				"positional .A = 4 elided in -",
				"positional .B = 5 elided in -",
				"decl p = &T{…} declares in -",
				"keyed .A = 6 in -",
				"decl m = map[string]int{…} declares in -",
				"decl s = []int{…} declares in -",
			},
		},
		{
			name: "range",
			src:  []string{"func f(s []int) { for i, v := range s { _, _ = i, v }; var k int; for k = range s {}; for range s {}; _ = k }"},
			want: []string{
				"rangekey i declares in f",
				"rangevalue v declares in f",
				"decl k zero declares in f",
				"rangekey k in f",
			},
		},
		{
			name: "address taken",
			src: []string{"type P struct{ S *string; N int }\nfunc g(*string) {}\n" +
				"func f() { var a, b, c, d string; g(&a); _ = P{S: &b}; _ = P{(&c), 1}; _ = []*string{&d}; _ = []*P{{S: &a}}; _ = map[*string]int{&b: 1}; t := &P{}; _ = t }"},
			want: []string{
				"decl a zero declares in f",
				"decl b zero declares in f",
				"decl c zero declares in f",
				"decl d zero declares in f",
				"addr a in f",
				"keyed .S = &b in f",
				"addr b lit in f",
				"positional .S = (&c) in f",
				"positional .N = 1 in f",
				"addr c lit in f",
				"addr d in f", // a slice element: the pointer goes anywhere
				"keyed .S = &a elided in f",
				"addr a lit elided in f",
				"addr b in f", // a map key
				"define t = &P{} declares in f",
			},
		},
		{
			name: "function literals and declarations",
			src:  []string{"func f() { g := func() { x := 1; _ = x }; _ = g }\nvar after = 1\nfunc h() { y := 2; _ = y }", "var other = 3"},
			want: []string{
				"define g = (func() literal) declares in f",
				"define x = 1 declares in f",
				"decl after = 1 declares in -",
				"define y = 2 declares in h",
				"decl other = 3 declares in -",
			},
		},
		{
			name: "type switch",
			src:  []string{"func f(i any) { switch x := i.(type) { default: _ = x } }"},
			want: nil, // the symbolic x is no variable; each clause's is implicit
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := walk(t, c.src...); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
			}
		})
	}
}

// TestStack checks that a store's ancestors run from the file to the
// node's parent, so that config can read the switch case around it.
func TestStack(t *testing.T) {
	info, files := check(t, "func f(k string) { switch k { case \"A\": x := 1; _ = x } }")
	var stacks [][]string
	Walk(info, files, func(s Store) {
		var kinds []string
		for _, n := range s.Stack {
			kinds = append(kinds, strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast."))
		}
		stacks = append(stacks, kinds)
		if s.Stack[len(s.Stack)-1] == s.Node {
			t.Errorf("the stack holds the store's own node")
		}
		if cap(s.Stack) != len(s.Stack) {
			t.Errorf("the stack has room beyond its length: an append would write over the walker's")
		}
	})
	want := [][]string{{"File", "FuncDecl", "BlockStmt", "SwitchStmt", "BlockStmt", "CaseClause"}}
	if !reflect.DeepEqual(stacks, want) {
		t.Errorf("stacks %v, want %v", stacks, want)
	}
}

// TestWalkAllocs checks that the walk allocates nothing per node: the
// stack grows to the tree's depth once, and stores are passed by value.
func TestWalkAllocs(t *testing.T) {
	var src strings.Builder
	src.WriteString("type T struct{ A, B int }\nfunc f() {\n")
	for range 200 {
		src.WriteString("\t{ x := T{A: 1}; x.B = 2; x.A++; _ = &x }\n")
	}
	src.WriteString("}\n")
	info, files := check(t, src.String())
	n := 0
	allocs := testing.AllocsPerRun(5, func() { Walk(info, files, func(Store) { n++ }) })
	if allocs > 10 {
		t.Errorf("Walk allocated %v times for %d stores, want at most 10", allocs, n/6)
	}
}
