package modscan

import (
	"go/token"
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
		"o/two.go":   "package o\n\nimport pay \"example.com/m/api\"\n\nvar _ = pay.Rates\nvar _ = pay.Charge\n",
		"o/blank.go": "package o\n\nimport _ \"example.com/m/api\"\n",
		"d/d.go":     "package d\n\nimport . \"example.com/m/api\"\n\nvar _ = Rates\n",
	})
	fset := token.NewFileSet()
	m, err := Read(dir, NewBuild(""), fset)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string][]string{
		"example.com/m/o": {"Account", "Charge", "Rates"},
		"example.com/m/d": {"."},
	} {
		i := slices.IndexFunc(m.Packages, func(p *Package) bool { return p.Path == path })
		if i < 0 {
			t.Fatalf("no package %s", path)
		}
		p := m.Packages[i]
		got, err := p.Uses(fset, p.GoFiles, "example.com/m/api")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s uses %q of api; want %q", path, got, want)
		}
	}
}
