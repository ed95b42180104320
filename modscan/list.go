package modscan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
)

// ListImports asks the go command, in dir, for the packages paths and
// everything below them, and returns each non-standard one's imports:
// what the source tree of the module cannot tell, the import graph of
// third-party packages, for the build b (its tags). It is the one other
// use of the go command here, and callers make it only when the spec
// reserves third-party packages that a chain through others could reach.
func ListImports(dir string, b *Build, paths []string) (map[string][]string, error) {
	args := []string{"list", "-e", "-deps", "-json=ImportPath,Imports,Standard,Error"}
	if tags := b.Tags(); len(tags) > 0 {
		args = append(args, "-tags="+strings.Join(tags, ","))
	}
	cmd := exec.Command("go", append(args, paths...)...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w\n%s", err, stderr.String())
	}
	imports := map[string][]string{}
	for dec := json.NewDecoder(bytes.NewReader(out)); dec.More(); {
		var p struct {
			ImportPath string
			Imports    []string
			Standard   bool
			Error      *struct{ Err string }
		}
		if err := dec.Decode(&p); err != nil {
			return nil, fmt.Errorf("go list output: %w", err)
		}
		if p.Error != nil && len(p.Imports) == 0 {
			return nil, fmt.Errorf("go list: %s: %s", p.ImportPath, p.Error.Err)
		}
		if !p.Standard {
			imports[p.ImportPath] = p.Imports
		}
	}
	return imports, nil
}
