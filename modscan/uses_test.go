package modscan

import (
	"go/token"
	"maps"
	"slices"
	"testing"
)

// TestUses: the names a package uses of another, over its files, sorted
// and once each: through the default name and an alias; not where a
// parameter, receiver or local variable hides the package name; a dot
// import as "."; a blank import and an unrelated selector as nothing.
func TestUses(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":   "module example.com/m\n\ngo 1.26\n",
		"api/a.go": "package api\n\nfunc Charge() {}\n\ntype Account struct{ ID int }\n\nvar Rates = map[string]int{}\n",
		"o/one.go": `package o

import "example.com/m/api"

func One() api.Account { api.Charge(); return api.Account{} }

func Param(api struct{ Hidden int }) int { return api.Hidden }

func Local() int {
	api := struct{ AlsoHidden int }{}
	return api.AlsoHidden
}

type T struct{ api int }

func (t T) Field() int { return t.api }
`,
		"ledger/l.go":   "package ledger\n\nfunc Post() {}\n",
		"store/v2/s.go": "package store\n\nfunc Put() {}\n",
		"o/three.go":    "package o\n\nimport \"example.com/m/store/v2\"\n\nvar _ = store.Put\n",
		"o/two.go":      "package o\n\nimport (\n\tpay \"example.com/m/api\"\n\t\"example.com/m/ledger\"\n)\n\nvar _ = pay.Rates\nvar _ = pay.Charge\nvar _ = ledger.Post\n",
		"o/blank.go":    "package o\n\nimport _ \"example.com/m/api\"\n",
		"d/d.go":        "package d\n\nimport . \"example.com/m/api\"\n\nvar _ = Rates\n",
	})
	fset := token.NewFileSet()
	m, err := Read(dir, NewBuild(""), fset)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]map[string][]string{
		"example.com/m/o": {"example.com/m/api": {"Account", "Charge", "Rates"}, "example.com/m/ledger": {"Post"}},
		"example.com/m/d": {"example.com/m/api": {"."}},
	} {
		i := slices.IndexFunc(m.Packages, func(p *Package) bool { return p.Path == path })
		if i < 0 {
			t.Fatalf("no package %s", path)
		}
		p := m.Packages[i]
		got, err := p.Uses(fset, p.GoFiles, map[string]string{"example.com/m/api": "api", "example.com/m/ledger": "ledger", "example.com/m/none": "none"})
		if err != nil {
			t.Fatal(err)
		}
		if !maps.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s uses %q; want %q", path, got, want)
		}
	}
	all, err := m.Uses(fset, map[string][]string{"example.com/m/o": {"example.com/m/ledger", "example.com/m/store/v2"}, "example.com/m/api": {"example.com/m/o"}})
	if err != nil {
		t.Fatal(err)
	}
	// store/v2's package clause says store: Module.Uses knows it by that name
	if want := map[string]map[string][]string{"example.com/m/o": {"example.com/m/ledger": {"Post"}, "example.com/m/store/v2": {"Put"}}, "example.com/m/api": {}}; !maps.EqualFunc(all, want, func(a, b map[string][]string) bool { return maps.EqualFunc(a, b, slices.Equal) }) {
		t.Errorf("Module.Uses = %q; want %q", all, want)
	}
}
