package modspec

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSpecOutsideModule: a spec named from outside the module being
// checked, without a module key, says which module key to add.
func TestSpecOutsideModule(t *testing.T) {
	tmp := t.TempDir()
	write := func(rel, text string) string {
		p := filepath.Join(tmp, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const spec = "version: 1\ncomponents:\n  a: {packages: [a]}\n"
	write("mono/go.mod", "module example.com/mono\n")
	write("mono/a/a.go", "package a\n")
	wd := filepath.Join(tmp, "mono")
	inOther := write("other/boundaries.yaml", spec)
	write("other/go.mod", "module example.com/other\n")
	loose := write("loose/specs/boundaries.yaml", spec)
	withKey := write("other/keyed/boundaries.yaml", "module: example.com/mono\n"+spec)
	tests := []struct {
		name, path, want string
	}{
		{"spec in another module", inOther, `the spec is outside module example.com/mono (` + wd + `), in module example.com/other, so its package patterns would name packages of example.com/other; add "module: example.com/mono" to it`},
		{"spec under no module", loose, `the spec is outside module example.com/mono (` + wd + `) and no go.mod is above it, so nothing says which module its package patterns are relative to; add "module: example.com/mono" to it`},
		{"module key", withKey, ""},
	}
	for _, tt := range tests {
		c, err := LoadChecked(tt.path, wd)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want == "" && c.Root != wd:
			t.Errorf("%s: checked against %s, want %s", tt.name, c.Root, wd)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: error %v, want one containing\n%s", tt.name, err, tt.want)
		}
	}
}
