package archdoc

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/boundarylint/boundarylint/modspec"
)

// TestLoadAPISkipsIgnoredPackages: a package whose only file is behind
// //go:build ignore (vikunja's examples/plugins/example, kept out of go
// build ./... on purpose) is a package of the module to the spec, but the
// build has no files of it and so no API to describe: the document is
// generated without it, instead of failing on "build constraints exclude
// all Go files".
func TestLoadAPISkipsIgnoredPackages(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":             "module example.com/m\n\ngo 1.22\n",
		"boundaries.yaml":    "version: 1\ncomponents:\n  core:\n    packages: [core/...]\n  examples:\n    packages: [examples/...]\n",
		"core/core.go":       "package core\n\n// Hello greets.\nfunc Hello() string { return \"hi\" }\n",
		"examples/x/main.go": "//go:build ignore\n\npackage main\n\nfunc main() {}\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	spec, err := modspec.Load(filepath.Join(dir, "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	api, err := LoadAPI(dir, spec, []string{"core", "examples/x"})
	if err != nil {
		t.Fatalf("LoadAPI: %v", err)
	}
	if got := api["core"]; len(got) != 1 || len(got[0].Decls) != 1 || got[0].Decls[0] != "func Hello() string" {
		t.Errorf("core's api = %+v, want Hello", got)
	}
	if got, ok := api["examples"]; ok {
		t.Errorf("examples' api = %+v, want none: its only file is ignored by the build", got)
	}
}
