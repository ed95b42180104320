// Package golden compares test output with golden files, or rewrites them
// when the tests run with -update: the one golden-file helper of every
// package's tests (CLI output, reports, proposals, generated pages).
//
//	go test ./report/cut -update   # rewrite, then read the diff
package golden

import (
	"flag"
	"os"
	"testing"
)

// Update is the -update flag of every test binary that imports golden.
var Update = flag.Bool("update", false, "rewrite the golden files instead of comparing with them")

// Check compares got with the golden file at path, or writes it there
// under -update. One test owns each golden file; others use Same.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if *Update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	Same(t, path, got)
}

// Same compares got with a golden file another test owns. Under -update
// that file is being rewritten, so there is nothing to compare.
func Same(t testing.TB, path, got string) {
	t.Helper()
	if *Update {
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if string(want) != got {
		t.Errorf("output differs from %s (go test -update rewrites it)\n--- got\n%s--- want\n%s", path, got, want)
	}
}
