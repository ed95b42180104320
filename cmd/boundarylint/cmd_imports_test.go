package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestImportsOnly checks that the fast path finds exactly what the imports
// analyzer finds in the full run, and pins those findings in a golden file
// so that the two cannot break the same way unnoticed.
func TestImportsOnly(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)

	fast := standalone(t, dir, "imports", "./...")
	expectCode(t, "boundarylint imports ./...", fast, 3)
	golden(t, "imports.txt", findings(fast.stderr, dir))

	full := standalone(t, dir, "-imports", "./...")
	expectCode(t, "boundarylint -imports ./...", full, 3)
	if got, want := findings(fast.stderr, dir), findings(full.stderr, dir); got != want {
		t.Errorf("boundarylint imports and boundarylint -imports differ\n--- imports\n%s--- -imports\n%s", got, want)
	}
}

func TestImportsOnlyBrokenSpec(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	line := editSpec(t, dir, "version: 1", "version: 2")
	r := standalone(t, dir, "imports", "./...")
	expectCode(t, "boundarylint imports with a broken spec", r, 1)
	if want := fmt.Sprintf("boundaries.yaml:%d:", line); !strings.Contains(r.stderr, want) {
		t.Errorf("stderr does not cite the spec position:\n%s", r.stderr)
	}
}
