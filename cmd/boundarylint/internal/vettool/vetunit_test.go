package vettool

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/internal/synthmod"
)

// testModule writes module example.com/m with the given spec (none when
// "") and packages a, which imports b, and b; it returns the module's
// directory and the spec's path. Records of -V=full go to a cache
// directory of the test's own.
func testModule(t *testing.T, spec string) (string, string) {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("BOUNDARYLINT_SPEC", "")
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.22\n",
		"a/a.go": "package a\n\nimport \"example.com/m/b\"\n\nvar X = b.X\n",
		"b/b.go": "package b\n\nvar X = 1\n",
	}
	if spec != "" {
		files["boundaries.yaml"] = spec
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, filepath.Join(dir, "boundaries.yaml")
}

// twoComponents claims a and b, and a may not import b.
const twoComponents = "version: 1\ncomponents:\n  a: {packages: [a/...]}\n  b: {packages: [b/...]}\n"

// analyze runs analyzers on the module at dir and returns the actions on
// its package pkg, by analyzer.
func analyze(t *testing.T, dir string, analyzers []*analysis.Analyzer, pkg string) map[string]*checker.Action {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	g, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	acts := map[string]*checker.Action{}
	for act := range g.All() {
		if act.Package.PkgPath == "example.com/m/"+pkg {
			acts[act.Analyzer.Name] = act
		}
	}
	return acts
}

// TestDependencyUnitLoadsTheSpecOnce: a unit go vet runs for a
// dependency's facts binds every analyzer to the spec it loaded once, so
// none loads it again (were one to, the spec broken after binding would
// fail it); where the spec is missing or broken, the analyzers stay
// unbound and each finds nothing, or fails on the spec, as before.
func TestDependencyUnitLoadsTheSpecOnce(t *testing.T) {
	dir, spec := testModule(t, twoComponents)
	t.Chdir(filepath.Join(dir, "a"))
	flagged := suite.Analyzers()
	bound := dependencyAnalyzers(flagged)
	if err := os.WriteFile(spec, []byte("version: 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	acts := analyze(t, dir, bound, "a")
	for name, act := range acts {
		if act.Err != nil {
			t.Errorf("%s on package a loaded the spec again: %v", name, act.Err)
		}
	}
	if d := acts["imports"].Diagnostics; len(d) != 1 || !strings.Contains(d[0].Message, "a imports b, which belongs to component b") {
		t.Errorf("imports on package a under the bound spec reported %v, want the import of b", d)
	}

	// The spec broken before the unit starts: each analyzer fails on it.
	if same := dependencyAnalyzers(flagged); !slices.Equal(same, flagged) {
		t.Errorf("with a broken spec, the analyzers were bound")
	}
	for _, name := range []string{"imports", "config", "tx"} {
		if err := analyze(t, dir, flagged, "b")[name].Err; err == nil || !strings.Contains(err.Error(), "unsupported spec version 2") {
			t.Errorf("%s on package b with a broken spec: %v, want the spec's error", name, err)
		}
	}

	// No spec: the analyzers find none.
	if err := os.Remove(spec); err != nil {
		t.Fatal(err)
	}
	if same := dependencyAnalyzers(flagged); !slices.Equal(same, flagged) {
		t.Errorf("without a spec, the analyzers were bound")
	}
	for name, act := range analyze(t, dir, flagged, "a") {
		if act.Err != nil || len(act.Diagnostics) > 0 {
			t.Errorf("%s on package a without a spec: error %v, diagnostics %v", name, act.Err, act.Diagnostics)
		}
	}
}

// TestUnitSkipsOnlyChecksThisRunMade: a reporting unit parses the spec
// without checking it again only when -V=full of its own go vet run
// recorded the hash of the content it reads; without a record, with one
// of another run or of other content, a spec error fails the unit.
func TestUnitSkipsOnlyChecksThisRunMade(t *testing.T) {
	const undeclared = "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [nosuch]}\n  b: {packages: [b/...]}\n"
	dir, spec := testModule(t, undeclared)
	t.Chdir(dir)
	sum := sha256.Sum256([]byte(undeclared))
	hash := hex.EncodeToString(sum[:])
	for _, tc := range []struct {
		name, record string // record "": none
		ok           bool
	}{
		{"no record", "", false},
		{"this run", hash + " " + vetRun(), true},
		{"another run", hash + " 0", false},
		{"an older executable's record", hash, false},
		{"other content", strings.Repeat("0", len(hash)) + " " + vetRun(), false},
	} {
		file := hashRecord(spec)
		os.Remove(file)
		if tc.record != "" {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, []byte(tc.record), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		s, _, err := loadUnitSpec("")
		switch {
		case tc.ok && (err != nil || s.Component("a") == nil):
			t.Errorf("%s: %v, want the spec loaded unchecked", tc.name, err)
		case !tc.ok && (err == nil || !strings.Contains(err.Error(), `names component "nosuch", which is not declared`)):
			t.Errorf("%s: %v, want the spec's error", tc.name, err)
		}
	}

	// A valid spec another version of which -V=full answered fails as edited during the run.
	if err := os.WriteFile(spec, []byte(twoComponents), 0o644); err != nil {
		t.Fatal(err)
	}
	recordHash(spec, hash)
	if _, _, err := loadUnitSpec(""); err == nil || !strings.Contains(err.Error(), "changed while go vet was running") {
		t.Errorf("a spec other than the one -V=full recorded: %v, want it named as changed", err)
	}
}

// BenchmarkLoadUnitSpec measures what each reporting go vet unit spends on
// its spec, on the spec of a 100-component generated module (the shape of
// the scaling benchmark's 5,000-package one): "recorded" after -V=full of
// this run recorded the spec's hash, "unrecorded" without a record.
//
//	go test ./cmd/boundarylint/internal/vettool -run '^$' -bench LoadUnitSpec -count 6
func BenchmarkLoadUnitSpec(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "synth")
	if _, err := synthmod.Generate(dir, synthmod.Options{Packages: 300, PerComponent: 3}); err != nil {
		b.Fatal(err)
	}
	b.Chdir(dir)
	spec := filepath.Join(dir, "boundaries.yaml")
	for _, recorded := range []bool{true, false} {
		name := "unrecorded"
		if recorded {
			name = "recorded"
		}
		b.Run(name, func(b *testing.B) {
			b.Setenv("XDG_CACHE_HOME", b.TempDir())
			if recorded {
				s, _, err := loadUnitSpec("")
				if err != nil {
					b.Fatal(err)
				}
				recordHash(spec, s.Hash)
			}
			for b.Loop() {
				if _, _, err := loadUnitSpec(""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
