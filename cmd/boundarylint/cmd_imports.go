package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/modspec"
)

const importsUsage = `usage: boundarylint imports [-spec path] [-tags list] [-baseline path] [-format F] [packages]
       boundarylint imports [flags] FILE.go...              (the findings in these files)
       boundarylint imports [flags] -stdin-filename FILE.go  (FILE.go's content on stdin)

Imports checks the import rules only, from the packages' import clauses,
without type-checking: the fast path for pre-commit hooks and large
monoliths. Its findings are those of the imports analyzer in the full run
(boundarylint -imports), which this command's tests compare; unused
//boundarylint:ignore directives are reported only by the full run. The
baseline applies as in the full run, to the import rules' entries; -format
prints text, json, sarif or github as the full run does.

Given .go files instead of packages, it prints the findings in those
files only, for editors and pre-commit hooks: their packages are checked
from import clauses, the rest of the module's imports (for the isolation
and cycle rules) read from the tree on disk. -stdin-filename FILE.go reads
FILE.go's content from stdin instead of the disk, as an editor passes an
unsaved buffer (eslint's and ruff's flag of the same name); the findings
print under FILE.go. No baseline entry is reported stale from files.
Exit status: 0 clean, 1 error, 2 bad usage, 3 findings or stale entries.
`

// runImportsOnly implements "boundarylint imports" with driver.Imports.
func runImportsOnly(args []string, stdout, stderr io.Writer) int {
	var name, baselinePath string
	var json bool
	fs := newFlagSet("imports", importsUsage, stderr)
	tags := fs.String("tags", "", "comma-separated build tags, as go build -tags (default: those of $GOFLAGS): they choose the files of the import graph; the direct import rules read every file")
	specPath := fs.String("spec", "", "path to boundaries.yaml (default: $BOUNDARYLINT_SPEC, else found by walking up; relative paths resolve against the module root)")
	stdinFile := fs.String("stdin-filename", "", "check this .go file with the content read from stdin (an editor's unsaved buffer)")
	registerOutputFlags(fs, &name, &json, &baselinePath)
	patterns, err := parseInterspersed(fs, args)
	if err != nil || !validFormat(&name, json, stderr) {
		return 2
	}
	checked, err := modspec.LocateAndCheck(*specPath)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	b, err := openBaseline(baselinePath, checked)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	files, fileMode, err := importsFileArgs(patterns, *stdinFile, os.Stdin)
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint imports: %v\n", err)
		return 2
	}
	cfg := driver.Config{Spec: checked.Spec, Patterns: patterns, Tags: *tags}
	var res *driver.Result
	if fileMode {
		res, err = driver.ImportsFiles(cfg, files.paths, files.overlay)
	} else {
		res, err = driver.Imports(cfg)
	}
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint: %v\n", err)
		return 1
	}
	for _, n := range res.Notes {
		fmt.Fprintf(stderr, "boundarylint: %s\n", n)
	}
	return printResult(res, b, name, checked.Root, stdout, stderr)
}

// fileArgs are the files `boundarylint imports` checks, by absolute path,
// and the content of those read from stdin.
type fileArgs struct {
	paths   []string
	overlay map[string][]byte
}

// importsFileArgs tells file mode from package mode: .go files (or
// -stdin-filename) ask for the findings in those files. Mixing files and
// package patterns, a file that does not exist and a -stdin-filename that
// is not a .go file are usage errors, as go vet makes them.
func importsFileArgs(args []string, stdinName string, stdin io.Reader) (fileArgs, bool, error) {
	var files, patterns []string
	for _, a := range args {
		if strings.HasSuffix(a, ".go") {
			files = append(files, a)
		} else {
			patterns = append(patterns, a)
		}
	}
	if stdinName == "" && len(files) == 0 {
		return fileArgs{}, false, nil
	}
	if len(patterns) > 0 {
		return fileArgs{}, false, fmt.Errorf("give .go files or package patterns, not both (%s and %s)", firstOf(files, stdinName), patterns[0])
	}
	fa := fileArgs{overlay: map[string][]byte{}}
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return fileArgs{}, false, err
		}
		if _, err := os.Stat(abs); err != nil {
			return fileArgs{}, false, err
		}
		fa.paths = append(fa.paths, abs)
	}
	if stdinName != "" {
		if !strings.HasSuffix(stdinName, ".go") {
			return fileArgs{}, false, fmt.Errorf("-stdin-filename %s: not a .go file", stdinName)
		}
		abs, err := filepath.Abs(stdinName)
		if err != nil {
			return fileArgs{}, false, err
		}
		src, err := io.ReadAll(stdin)
		if err != nil {
			return fileArgs{}, false, fmt.Errorf("reading stdin: %w", err)
		}
		fa.paths = append(fa.paths, abs)
		fa.overlay[abs] = src
	}
	return fa, true, nil
}

func firstOf(files []string, stdinName string) string {
	if len(files) > 0 {
		return files[0]
	}
	return "-stdin-filename " + stdinName
}
