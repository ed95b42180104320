// Package golden compares test output with golden files in testdata, or
// rewrites them when the test runs with -update.
package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// Check compares got with testdata/name, or writes it there under update.
func Check(t *testing.T, update bool, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n--- got:\n%s\n--- want:\n%s", name, got, want)
	}
}
