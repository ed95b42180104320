package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestWriteReplacesKeepingPermissions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.md")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	fi, _ := os.Stat(path)
	if string(data) != "new" || fi.Mode().Perm() != 0o600 {
		t.Errorf("got %q mode %v, want \"new\" mode 0600", data, fi.Mode().Perm())
	}
	assertNoTemp(t, filepath.Dir(path))
}

func TestWriteNewNeverReplaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "boundaries.yaml")
	if err := WriteNew(path, []byte("first")); err != nil {
		t.Fatal(err)
	}
	err := WriteNew(path, []byte("second"))
	if !errors.Is(err, os.ErrExist) {
		t.Errorf("second WriteNew: got %v, want an error wrapping os.ErrExist", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "first" {
		t.Errorf("the file was overwritten: %q", data)
	}
	assertNoTemp(t, filepath.Dir(path))
}

func TestWriteIntoMissingDirectoryFails(t *testing.T) {
	if err := Write(filepath.Join(t.TempDir(), "no", "such", "file"), nil); err == nil {
		t.Error("Write into a missing directory succeeded")
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries in %s, want the file alone: %v", len(entries), dir, entries)
	}
}

// TestWriteThroughSymlink: a symlinked file (a baseline kept in another
// directory) is written at its target; the link stays a link, and the
// temporary file goes beside the target.
func TestWriteThroughSymlink(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	target := filepath.Join(elsewhere, "baseline.json")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "boundaries.baseline.json")
	if err := os.Symlink(filepath.Join("..", filepath.Base(elsewhere), "baseline.json"), link); err != nil {
		t.Skip(err)
	}
	if err := Write(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", fi.Mode(), err)
	}
	if data, _ := os.ReadFile(target); string(data) != "new" {
		t.Errorf("the target holds %q, want \"new\"", data)
	}
	assertNoTemp(t, elsewhere)
}

// TestWriteRefusesReadOnly: a file without write permission (a document
// a team locked) is not replaced, and the error says why.
func TestWriteRefusesReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ARCHITECTURE.md")
	if err := os.WriteFile(path, []byte("old"), 0o444); err != nil {
		t.Fatal(err)
	}
	err := Write(path, []byte("new"))
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Write to a read-only file: %v, want an error saying it is read-only", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("the read-only file was replaced: %q", data)
	}
}

// TestWriteRefusesNonRegular: a FIFO (or a directory) is no file to
// replace.
func TestWriteRefusesNonRegular(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip(err)
	}
	if err := Write(path, []byte("new")); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("Write to a FIFO: %v, want an error saying it is not a regular file", err)
	}
}

// TestWriteRemovesStaleTemporaries: the temporary files of a write that
// was killed (ours: .NAME.*.tmp beside NAME) go at the next write; other
// files stay.
func TestWriteRemovesStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "baseline.json")
	stale := filepath.Join(dir, ".baseline.json.123456.tmp")
	other := filepath.Join(dir, ".other.json.123456.tmp")
	for _, f := range []string{stale, other} {
		if err := os.WriteFile(f, []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-time.Hour)
		if err := os.Chtimes(f, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stale temporary is still there: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another file's temporary was removed: %v", err)
	}
}
