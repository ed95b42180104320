package synthmod

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestDeterministic(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	ma, err := Generate(a, Options{Packages: 130, PerComponent: 10})
	if err != nil {
		t.Fatal(err)
	}
	mb, err := Generate(b, Options{Packages: 130, PerComponent: 10})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ma.Seeded, mb.Seeded) {
		t.Errorf("two runs seeded differently:\n%v\n%v", ma.Seeded, mb.Seeded)
	}
	if got := tree(t, a); got != tree(t, b) {
		t.Errorf("two runs wrote different modules")
	}
	if ma.Components != 16 || ma.Packages != 130 {
		t.Errorf("got %d components, %d packages; want 16, 130", ma.Components, ma.Packages)
	}
	for _, s := range ma.Seeded { // each seed is where it says
		data, err := os.ReadFile(filepath.Join(a, s.File))
		if err != nil {
			t.Fatal(err)
		}
		line := strings.Split(string(data), "\n")[s.Line-1]
		if !strings.Contains(line, "seed") {
			t.Errorf("%s:%d: %q is not the seeded line", s.File, s.Line, line)
		}
	}
}

// tree returns every file under dir with its content.
func tree(t *testing.T, dir string) string {
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		b.WriteString(rel + "\n" + string(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestBadOptions(t *testing.T) {
	for _, o := range []Options{{Packages: 100}, {Packages: 30, PerComponent: 2}, {Packages: 0, PerComponent: 10}} {
		if _, err := Generate(t.TempDir(), o); err == nil {
			t.Errorf("Generate(%+v): no error", o)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(dir, Options{Packages: 60, PerComponent: 10}); err == nil {
		t.Errorf("Generate into a non-empty directory: no error")
	}
}
