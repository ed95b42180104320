package modscan

import (
	"go/build"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestScanCacheReadsOnlyWhatChanged: through the scan cache, the graph is
// always the one a fresh ReadGraph reads, while only the directories whose
// listing or files changed are read again.
func TestScanCacheReadsOnlyWhatChanged(t *testing.T) {
	dir := writeTree(t, tree)
	linux := build.Default
	linux.GOOS, linux.GOARCH = "linux", "amd64"
	b := newBuildFor(linux, false)
	file := filepath.Join(t.TempDir(), "scan.gob")
	key := scanKey(dir, "example.com/m", b)
	write := func(name, content string) { writeFiles(t, dir, map[string]string{name: content}) }
	check := func(step string, window time.Duration, wantReads int) {
		t.Helper()
		got, reads, err := readGraphCached(dir, "example.com/m", b, file, key, window)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		want, err := ReadGraph(dir, "example.com/m", b)
		if err != nil {
			t.Fatal(err)
		}
		if !maps.EqualFunc(got.Imports, want.Imports, slices.Equal) || got.Excluded != want.Excluded {
			t.Errorf("%s: graph %v (excluded %s), want %v (excluded %s)", step, got.Imports, got.Excluded, want.Imports, want.Excluded)
		}
		if reads != wantReads {
			t.Errorf("%s: read %d directories again, want %d", step, reads, wantReads)
		}
	}

	check("no cache", 0, 4) // a, b, c, onlywin
	check("nothing changed", 0, 0)
	write("a/a.go", "package a\n\nimport \"example.com/m/c\"\n\nvar _ = c.C\n")
	check("an import edited", 0, 1)

	// Same size, modification time put back: the change time still moves.
	fi, err := os.Stat(filepath.Join(dir, "a/a.go"))
	if err != nil {
		t.Fatal(err)
	}
	write("a/a.go", "package a\n\nimport \"example.com/m/b\"\n\nvar _ = c.C\n")
	if err := os.Chtimes(filepath.Join(dir, "a/a.go"), fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	check("a same-size edit with its modification time restored", 0, 1)

	write("d/d.go", "package d\n\nimport _ \"example.com/m/a\"\n")
	check("a package added", 0, 1)
	write("a/gen2.go", "//go:build ignore\n\npackage a\n")
	check("an excluded file added", 0, 1)
	if err := os.Remove(filepath.Join(dir, "c/c.go")); err != nil {
		t.Fatal(err)
	}
	check("a package removed", 0, 0)
	write("d/go.mod", "module example.com/d\n")
	check("a directory made a nested module", 0, 0)
	write("e/f/g/g.go", "package g\n\nimport _ \"example.com/m/b\"\n")
	check("a package added deep below a new directory", 0, 1)
	check("nothing changed again", 0, 0)

	check("every stat within the racy window", time.Hour, 4) // a, b, e/f/g, onlywin
	check("the racy entries written again", 0, 0)

	if err := os.WriteFile(file, []byte("not a cache"), 0o644); err != nil {
		t.Fatal(err)
	}
	check("a cache that does not decode", 0, 4)
	other := newBuildFor(linux, false)
	other.ctx.BuildTags = []string{"release"}
	if _, reads, err := readGraphCached(dir, "example.com/m", other, file, scanKey(dir, "example.com/m", other), 0); err != nil || reads != 4 {
		t.Errorf("another build's key: read %d directories again (err %v), want all 4", reads, err)
	}
}

// TestScanCacheRereadsWhatDependsOnCgo: a directory whose files the cgo
// decision selects is read again on every run, the decision being no part
// of the cache's key; the others are not, and the decision is never
// asked for them.
func TestScanCacheRereadsWhatDependsOnCgo(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":     "module example.com/m\n\ngo 1.26\n",
		"a/a.go":     "package a\n",
		"a/oncgo.go": "//go:build cgo\n\npackage a\n\nimport _ \"example.com/m/b\"\n",
		"b/b.go":     "package b\n",
	})
	linux := build.Default
	linux.GOOS, linux.GOARCH = "linux", "amd64"
	file := filepath.Join(t.TempDir(), "scan.gob")
	for i, cgo := range []bool{true, false, true} {
		b := newBuildFor(linux, cgo)
		g, reads, err := readGraphCached(dir, "example.com/m", b, file, scanKey(dir, "example.com/m", b), 0)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool][]string{true: {"example.com/m/b"}, false: nil}[cgo]; !slices.Equal(g.Imports["example.com/m/a"], want) {
			t.Errorf("cgo %v: a imports %v, want %v", cgo, g.Imports["example.com/m/a"], want)
		}
		wantReads := 1 // a, whose files depend on cgo
		if i == 0 {
			wantReads = 2 // and b, the first time
		}
		if reads != wantReads {
			t.Errorf("cgo %v: read %d directories again, want %d", cgo, reads, wantReads)
		}
	}
}

// TestStaleScanCachesRemoved: starting a new cache removes the caches no
// read has written for a month, and no others.
func TestStaleScanCachesRemoved(t *testing.T) {
	dir := writeTree(t, tree)
	cache := t.TempDir()
	old, recent := filepath.Join(cache, "scan-old.gob"), filepath.Join(cache, "scan-recent.gob")
	for _, f := range []string{old, recent} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	month := time.Now().Add(-staleScanCache - time.Hour)
	if err := os.Chtimes(old, month, month); err != nil {
		t.Fatal(err)
	}
	b := newBuildFor(build.Default, false)
	if _, _, err := readGraphCached(dir, "example.com/m", b, filepath.Join(cache, "scan-new.gob"), "k", 0); err != nil {
		t.Fatal(err)
	}
	for f, want := range map[string]bool{old: false, recent: true, filepath.Join(cache, "scan-new.gob"): true} {
		if _, err := os.Stat(f); (err == nil) != want {
			t.Errorf("%s exists: %v, want %v", filepath.Base(f), err == nil, want)
		}
	}
}
