package sqltables

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// corpusCase is one statement of testdata/corpus.txt.
type corpusCase struct {
	title  string
	tables []string
	sql    string
}

func readCorpus(t testing.TB) []corpusCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "corpus.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []corpusCase
	for _, block := range strings.Split(string(data), "\n=== ")[1:] {
		title, rest, _ := strings.Cut(block, "\n")
		tablesLine, sql, _ := strings.Cut(rest, "\n")
		list, ok := strings.CutPrefix(tablesLine, "tables:")
		if !ok {
			t.Fatalf("case %q: second line must start with tables:", title)
		}
		var tables []string
		for _, name := range strings.Split(list, ",") {
			if name = strings.TrimSpace(name); name != "" {
				tables = append(tables, name)
			}
		}
		cases = append(cases, corpusCase{title, tables, strings.TrimSpace(sql)})
	}
	return cases
}

// TestCorpus checks every statement of the corpus, and that it is large
// enough to mean something.
func TestCorpus(t *testing.T) {
	cases := readCorpus(t)
	if len(cases) < 150 {
		t.Fatalf("corpus has %d statements, want at least 150", len(cases))
	}
	failed := 0
	for _, c := range cases {
		got := Tables(c.sql)
		if !reflect.DeepEqual(got, c.tables) && !(len(got) == 0 && len(c.tables) == 0) {
			failed++
			t.Errorf("%s:\n%s\ngot  %q\nwant %q", c.title, c.sql, got, c.tables)
		}
	}
	t.Logf("corpus: %d of %d statements exact", len(cases)-failed, len(cases))
}

func FuzzTables(f *testing.F) {
	for _, c := range readCorpus(f) {
		f.Add(c.sql)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		tables := Tables(sql)
		seen := map[string]bool{}
		for _, name := range tables {
			if name == "" || seen[name] {
				t.Fatalf("Tables(%q) = %q: empty or repeated name", sql, tables)
			}
			seen[name] = true
		}
		if again := Tables(sql); !reflect.DeepEqual(again, tables) {
			t.Fatalf("Tables(%q) is not deterministic: %q then %q", sql, tables, again)
		}
	})
}

// BenchmarkCorpus reads every statement of the corpus once per iteration.
func BenchmarkCorpus(b *testing.B) {
	cases := readCorpus(b)
	size := 0
	for _, c := range cases {
		size += len(c.sql)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, c := range cases {
			Tables(c.sql)
		}
	}
}
