package baseline

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/finding"
)

func private(from, to string, line int) finding.Finding {
	return finding.Finding{Rule: finding.ImportsPrivate, FromPackage: from, ToComponent: "payments", ToPackage: to,
		Subject: finding.Subject{Kind: finding.SubjectImport, Name: to}, Pos: finding.Position{File: "x.go", Line: line, Column: 2}}
}

func TestDefaultPath(t *testing.T) {
	for spec, want := range map[string]string{
		"/m/boundaries.yaml":   "/m/boundaries.baseline.json",
		"/m/arch/rules.yml":    "/m/arch/rules.baseline.json",
		"boundaries.yaml":      "boundaries.baseline.json",
		"/m/spec.d/boundaries": "/m/spec.d/boundaries.baseline.json",
	} {
		if got := DefaultPath(filepath.FromSlash(spec)); got != filepath.FromSlash(want) {
			t.Errorf("DefaultPath(%s) = %s, want %s", spec, got, want)
		}
	}
}

// TestEncodeSortedAndStable: the same findings in any order give the same
// bytes, sorted by key, one entry per line, and Parse reads them back.
func TestEncodeSortedAndStable(t *testing.T) {
	fs := []finding.Finding{private("m/b", "m/p/x", 1), private("m/a", "m/p/y", 9), private("m/a", "m/p/y", 3), private("m/a", "m/p/x", 4)}
	rev := []finding.Finding{fs[3], fs[2], fs[1], fs[0]}
	got, again := FromFindings(fs).Encode(), FromFindings(rev).Encode()
	if string(got) != string(again) {
		t.Fatalf("encoding depends on order:\n%s\n%s", got, again)
	}
	want := `{
  "version": 1,
  "findings": [
    {"rule":"imports/private","from":"m/a","to_component":"payments","to_package":"m/p/x","subject_kind":"import","subject":"m/p/x","count":1},
    {"rule":"imports/private","from":"m/a","to_component":"payments","to_package":"m/p/y","subject_kind":"import","subject":"m/p/y","count":2},
    {"rule":"imports/private","from":"m/b","to_component":"payments","to_package":"m/p/x","subject_kind":"import","subject":"m/p/x","count":1}
  ]
}
`
	if string(got) != want {
		t.Errorf("Encode:\n%s\nwant:\n%s", got, want)
	}
	b, err := Parse("b.json", got)
	if err != nil {
		t.Fatal(err)
	}
	if string(b.Encode()) != want || b.Count(fs[1].Key()) != 2 || b.Hash == "" {
		t.Errorf("Parse(Encode) lost entries: %+v", b.Entries)
	}
	if empty := (*Baseline)(nil).Encode(); string(empty) != "{\n  \"version\": 1,\n  \"findings\": []\n}\n" {
		t.Errorf("empty baseline: %q", empty)
	}
	if _, err := Parse("e.json", (*Baseline)(nil).Encode()); err != nil {
		t.Errorf("empty baseline does not parse: %v", err)
	}
}

const entryA = `{"rule":"imports/private","from":"m/a","subject":"m/p","count":1}`

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct {
		name, data, want string
	}{
		{"empty file", "", "b.json:1:1: unexpected end of file"},
		{"truncated", "{\n  \"version\": 1,\n  \"findings\": [\n    " + entryA[:20], "b.json:4:25: unexpected end of file"},
		{"truncated after entry", "{\"version\": 1, \"findings\": [" + entryA, "unexpected end of file"},
		{"not an object", "[]", "b.json:1:1: want an object"},
		{"no version", `{"findings": []}`, "b.json:1:1: no version"},
		{"wrong version", "{\n  \"version\": 2,\n  \"findings\": []}", "b.json:2:14: unknown baseline version 2"},
		{"version twice", `{"version": 1, "version": 1, "findings": []}`, `b.json:1:16: "version" given twice`},
		{"version a string", `{"version": "1", "findings": []}`, "b.json:1:13: version: want int"},
		{"unknown top field", `{"version": 1, "entries": []}`, `b.json:1:16: unknown field "entries"`},
		{"no findings", `{"version": 1}`, "no findings list"},
		{"unknown entry field", "{\"version\": 1, \"findings\": [\n" + `{"rule":"imports/private","from":"m/a","line":3,"count":1}]}`, `b.json:2:1: json: unknown field "line"`},
		{"unknown rule", `{"version": 1, "findings": [{"rule":"imports/nonesuch","from":"m/a","count":1}]}`, `b.json:1:29: unknown rule "imports/nonesuch"`},
		{"zero count", `{"version": 1, "findings": [{"rule":"imports/private","from":"m/a","count":0}]}`, "count 0"},
		{"count a string", `{"version": 1, "findings": [{"rule":"imports/private","from":"m/a","count":"2"}]}`, "count: want int"},
		{"no package", `{"version": 1, "findings": [{"rule":"imports/private","count":1}]}`, "without a package"},
		{"duplicated key", "{\"version\": 1, \"findings\": [\n  " + entryA + ",\n  " + entryA + "\n]}", "b.json:3:3: key imports/private m/a m/p listed twice (first at 2:3)"},
		{"duplicated key, as written", "{\n  \"version\": 1,\n  \"findings\": [\n    " + entryA + ",\n    " + entryA + "\n  ]\n}\n", "b.json:5:5: key imports/private m/a m/p listed twice (first at 4:5)"},
		{"unknown rule, as written", "{\n  \"version\": 1,\n  \"findings\": [\n    " + strings.Replace(entryA, "private", "privat", 1) + "\n  ]\n}\n", `b.json:4:5: unknown rule "imports/privat"`},
		{"syntax error", "{\"version\": 1,\n \"findings\": [}", "b.json:2:15: invalid character '}'"},
		{"syntax error in entry", "{\"version\": 1,\n \"findings\": [{\"rule\" \"x\"}]}", "b.json:2:23: invalid character '\"' after object key"},
		{"trailing data", `{"version": 1, "findings": []} {}`, "b.json:1:32: data after"},
	} {
		_, err := Parse("b.json", []byte(tt.data))
		var perr *Error
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.As(err, &perr) {
			t.Errorf("%s: Parse error %v, want an *Error containing %q", tt.name, err, tt.want)
		}
	}
}

// TestBudget: a count is a budget per key; what is left over is stale.
func TestBudget(t *testing.T) {
	x := private("m/a", "m/p/x", 1)
	y := private("m/a", "m/p/y", 1)
	b := FromFindings([]finding.Finding{x, x, x, y})
	bu := b.Budget()
	var reported int
	for range 4 {
		if !bu.Take(x.Key()) {
			reported++
		}
	}
	if reported != 1 {
		t.Errorf("3 baselined, 4 found: %d reported, want 1", reported)
	}
	stale := bu.Stale(nil)
	if len(stale) != 1 || stale[0].Key != y.Key() || stale[0].Found != 0 || stale[0].Count != 1 {
		t.Errorf("stale = %+v, want the entry of y with 0 found", stale)
	}
	if s := bu.Stale(func(k finding.Key) bool { return k.FromPackage == "m/other" }); len(s) != 0 {
		t.Errorf("Stale filtered to another package: %+v", s)
	}
	if (*Budget)(nil).Take(x.Key()) || (*Baseline)(nil).Budget().Take(x.Key()) {
		t.Error("an empty baseline accepted a finding")
	}
}

// TestApply: the findings earliest in file order are baselined, whatever
// order they come in; a fixed one leaves its entry stale.
func TestApply(t *testing.T) {
	b := FromFindings([]finding.Finding{private("m/a", "m/p", 1), private("m/a", "m/p", 2), private("m/a", "m/q", 1)})
	out, stale := Apply(b, []finding.Finding{private("m/a", "m/p", 30), private("m/a", "m/p", 10), private("m/a", "m/p", 20)})
	var got []bool
	for _, f := range out {
		got = append(got, f.Baselined)
	}
	if len(got) != 3 || got[0] || !got[1] || !got[2] {
		t.Errorf("Baselined = %v, want [false true true] (line 30 reported)", got)
	}
	if len(stale) != 1 || stale[0].Subject != "m/q" {
		t.Errorf("stale = %+v, want m/q", stale)
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "boundaries.baseline.json")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	b := FromFindings([]finding.Finding{private("m/a", "m/p", 1)})
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil || got.Len() != 1 {
		t.Fatalf("Load after Write: %v, %v", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("Write left %d files in the directory, want 1", len(entries))
	}
	if err := b.Write(filepath.Join(dir, "missing", "b.json")); err == nil {
		t.Error("Write into a missing directory succeeded")
	}
	if _, err := Load(filepath.Join(dir, "nonesuch.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v, want fs.ErrNotExist", err)
	}
}

// FuzzParse: any input parses or fails with a positioned error; what
// parses encodes and parses again to the same entries.
func FuzzParse(f *testing.F) {
	f.Add(FromFindings([]finding.Finding{private("m/a", "m/p", 1)}).Encode())
	f.Add([]byte(`{"version": 1, "findings": [` + entryA + `]}`))
	f.Add([]byte(`{"version": 1`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("f.json", data)
		if err != nil {
			var perr *Error
			if !errors.As(err, &perr) || perr.Line < 1 || perr.Col < 1 {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		again, err := Parse("f.json", b.Encode())
		if err != nil || string(again.Encode()) != string(b.Encode()) {
			t.Fatalf("re-encoding changed the baseline: %v", err)
		}
	})
}

// BenchmarkLoad parses a baseline of 5,000 entries, about what a
// 5,000-package monolith's legacy findings make; under go vet every
// package's process loads it once.
func BenchmarkLoad(b *testing.B) {
	var fs []finding.Finding
	for i := range 5000 {
		fs = append(fs, private(fmt.Sprintf("example.com/m/internal/pkg%d", i), fmt.Sprintf("example.com/m/internal/payments/p%d", i%50), 1))
	}
	data := FromFindings(fs).Encode()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("b.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestShrink: counts fall to what is found, fixed entries go, new
// findings are not added.
func TestShrink(t *testing.T) {
	x, y, z := private("m/a", "m/p/x", 1), private("m/a", "m/p/y", 2), private("m/a", "m/p/z", 3)
	b := FromFindings([]finding.Finding{x, x, x, y})
	got := b.Shrink([]finding.Finding{x, x, z})
	if len(got.Entries) != 1 || got.Count(x.Key()) != 2 || got.Count(y.Key()) != 0 || got.Count(z.Key()) != 0 {
		t.Errorf("Shrink = %+v, want only x with count 2", got.Entries)
	}
	if b.Count(x.Key()) != 3 {
		t.Errorf("Shrink changed the baseline it was called on")
	}
	if (*Baseline)(nil).Shrink([]finding.Finding{x}).Len() != 0 {
		t.Errorf("shrinking no baseline added entries")
	}
}

// TestOpen: a missing default baseline is none; a missing named one, or
// a broken one, is an error.
func TestOpen(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "boundaries.baseline.json")
	if b, err := Open(missing, false); b != nil || err != nil {
		t.Errorf("Open(missing, default) = %v, %v; want no baseline, no error", b, err)
	}
	if _, err := Open(missing, true); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open(missing, explicit): err = %v, want fs.ErrNotExist", err)
	}
	if err := os.WriteFile(missing, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(missing, false); err == nil {
		t.Errorf("Open(broken, default): want an error")
	}
	if got := Path("", "/m", "/m/arch/spec.yaml"); got != filepath.FromSlash("/m/arch/spec.baseline.json") {
		t.Errorf("Path default = %s", got)
	}
	if got := Path("b.json", "/m", "/m/arch/spec.yaml"); got != filepath.Join("/m", "b.json") {
		t.Errorf("Path relative = %s, want it against the module root", got)
	}
}

// TestIgnoresNotAccepted: findings about directives are never recorded
// nor accepted, whatever the file says.
func TestIgnoresNotAccepted(t *testing.T) {
	unused := finding.Finding{Rule: finding.IgnoresUnused, FromPackage: "m/a", Subject: finding.Subject{Kind: finding.SubjectDirective, Name: "legacy"}}
	if b := FromFindings([]finding.Finding{unused, private("m/a", "m/p/x", 1)}); b.Len() != 1 || b.Count(unused.Key()) != 0 {
		t.Errorf("FromFindings recorded an ignores finding: %+v", b.Entries)
	}
	b, err := Parse("b.json", []byte(`{"version": 1, "findings": [{"rule":"ignores/unused","from":"m/a","subject_kind":"directive","subject":"legacy","count":1}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if out, _ := Apply(b, []finding.Finding{unused}); out[0].Baselined {
		t.Errorf("a baseline entry accepted an ignores finding")
	}
	if b.Shrink([]finding.Finding{unused}).Len() != 0 {
		t.Errorf("Shrink kept an ignores entry")
	}
}
