package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/cmd/boundarylint/internal/vettool"
	"github.com/boundarylint/boundarylint/modspec"
)

// TestToolFlagNames: the flags the standalone run hands driver.Vet instead
// of asking the tool (one process less per run) are those the tool's
// -flags answer lists, the -NAME.findings ones included.
func TestToolFlagNames(t *testing.T) {
	skipShort(t)
	r := run(t, ".", nil, binary, "-flags")
	expectCode(t, "boundarylint -flags", r, 0)
	var declared []struct{ Name string }
	if err := json.Unmarshal([]byte(r.stdout), &declared); err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, f := range declared {
		listed = append(listed, f.Name)
	}
	names := toolFlagNames(suite.Analyzers())
	for _, name := range names {
		if !slices.Contains(listed, name) {
			t.Errorf("toolFlagNames has %s, which boundarylint -flags does not list", name)
		}
	}
	for _, name := range listed {
		if strings.HasSuffix(name, ".findings") && !slices.Contains(names, name) {
			t.Errorf("boundarylint -flags lists %s, which toolFlagNames lacks", name)
		}
	}
}

// TestCheckedSpecTokenBindsToCaller: -V=full checks the spec against the
// module on every go vet run, unless $BOUNDARYLINT_CHECKED says that the
// process that started this go vet checked this very content (as the
// standalone run does, just before). The spec here gains a pattern that
// matches nothing, which only that check finds: named for go vet's parent
// (this test) and the spec's hash, the variable skips the check and go vet
// analyses the packages; for another process or another content it is
// ignored, and every run fails, one after a cached success included.
func TestCheckedSpecTokenBindsToCaller(t *testing.T) {
	dir := smallModule(t)
	specPath := filepath.Join(dir, "boundaries.yaml")
	f, err := os.OpenFile(specPath, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("  ghost:\n    packages: [ghost/...]\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	spec, err := modspec.Load(specPath)
	if err != nil {
		t.Fatal(err)
	}
	self := strconv.Itoa(os.Getpid())
	const unmatched = "package pattern ghost/... of component ghost matches no package"
	for _, tc := range []struct {
		name, token string
		checked     bool
	}{
		{"no token", "", false},
		{"another process", "1 " + spec.Hash, false},
		{"another content", self + " " + strings.Repeat("0", len(spec.Hash)), false},
		{"this process, this content", self + " " + spec.Hash, true},
		{"another process after a cached success", "1 " + spec.Hash, false},
	} {
		r := run(t, dir, []string{vettool.CheckedEnvVar + "=" + tc.token}, "go", "vet", "-vettool="+binary, "./...")
		switch {
		case tc.checked && (strings.Contains(r.stderr, unmatched) || !strings.Contains(r.stderr, "which is private to component payments")):
			t.Errorf("%s: want the packages analysed (their findings), not the spec checked again:\n%s", tc.name, r.stderr)
		case !tc.checked && (r.code == 0 || !strings.Contains(r.stderr, unmatched)):
			t.Errorf("%s: go vet exited %d; want a failure saying %q\n%s", tc.name, r.code, unmatched, r.stderr)
		}
	}
}
