package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
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
