package modspec

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/boundarylint/boundarylint/boundary"
)

func TestLocate(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":          "module example.com/m\n",
		"boundaries.yaml": "version: 1\n",
		"arch/spec.yaml":  "version: 1\n",
		"internal/a/a.go": "package a\n",
		"other/go.mod":    "module example.com/other\n",
		"other/pkg/p.go":  "package p\n",
	})
	pkg := filepath.Join(dir, "internal", "a")
	abs := filepath.Join(dir, "arch", "spec.yaml")
	tests := []struct {
		name, flag, env, dir, want string
	}{
		{"discovery", "", "", pkg, filepath.Join(dir, boundary.FileName)},
		{"flag, relative to the module root", "arch/spec.yaml", "", pkg, abs},
		{"flag, absolute", abs, "", pkg, abs},
		{"environment", "", "arch/spec.yaml", pkg, abs},
		{"flag wins over environment", "boundaries.yaml", "arch/spec.yaml", pkg, filepath.Join(dir, boundary.FileName)},
	}
	for _, tt := range tests {
		t.Setenv(SpecEnvVar, tt.env)
		if got, err := Locate(tt.flag, tt.dir); err != nil || got != tt.want {
			t.Errorf("%s: Locate(%q, %s) = %q, %v; want %s", tt.name, tt.flag, tt.dir, got, err, tt.want)
		}
	}
	t.Setenv(SpecEnvVar, "")
	if _, err := Locate("", filepath.Join(dir, "other", "pkg")); !errors.Is(err, ErrNoSpec) {
		t.Errorf("Locate in a module without a spec: %v, want ErrNoSpec", err)
	}
}
