package tx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTableNames compares the derived table names with what the ORMs
// themselves return: testdata/naming/tables.txt was written by a program
// calling gorm.io/gorm v1.31.2's schema.NamingStrategy{}.TableName, the
// same with SingularTable and TablePrefix "p_", and xorm.io/xorm v1.4.3's
// names.SnakeMapper{} and names.GonicMapper{} Obj2Table on each name.
func TestTableNames(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "naming", "tables.txt"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) != 5 {
			t.Fatalf("bad line %q", line)
		}
		n++
		got := []string{gormTable(f[0], "", false), gormTable(f[0], "p_", true), xormTable(f[0], false), xormTable(f[0], true)}
		for i, want := range f[1:] {
			if got[i] != want {
				t.Errorf("%s: column %d is %q, want %q", f[0], i+2, got[i], want)
			}
		}
	}
	if n < 40 {
		t.Fatalf("%d names, want at least 40", n)
	}
}
