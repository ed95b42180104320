package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

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
