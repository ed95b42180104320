package analyzerdoc

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"
)

func TestExtract(t *testing.T) {
	const src = `// Package p does things.
//
// # Analyzer first
//
// first: check the first thing
//
// More about it.
//
// # Analyzer second
//
// second: check the second thing
package p
`
	if got, want := Extract(src, "first"), "check the first thing\n\nMore about it."; got != want {
		t.Errorf("Extract(first) = %q, want %q", got, want)
	}
	if got, want := Extract(src, "second"), "check the second thing"; got != want {
		t.Errorf("Extract(second) = %q, want %q", got, want)
	}
	for _, name := range []string{"third", "firs"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Extract(%s) did not panic on a missing section", name)
				}
			}()
			Extract(src, name)
		}()
	}
}

// TestLineCommentIsCommentText holds the fast reading of a package comment
// to go/parser's, on every doc.go of the repository's analyzers and on
// comments with directives, blank runs and trailing spaces.
func TestLineCommentIsCommentText(t *testing.T) {
	files, err := filepath.Glob("../../*/doc.go")
	if err != nil || len(files) < 5 {
		t.Fatalf("found %d analyzer doc.go files (%v)", len(files), err)
	}
	sources := map[string]string{
		"edge cases": "// Copyright.\n\n//\n//go:generate x\n// Package p.  \n//\n//\n//\tcode\n//line 3\n//nolint:all\n//  two spaces\n//\npackage p\n",
		"detached":   "// Package p.\n\npackage p\n",
		"adjacent":   "// not the doc\n\n// Package p.\n//\n//   x:Y\npackage p\n",
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources[f] = string(data)
	}
	for name, src := range sources {
		f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := lineComment(src)
		if want := f.Doc.Text(); ok != (f.Doc != nil) || got != want {
			t.Errorf("%s: lineComment = %q, %v; go/parser's text is %q", name, got, ok, want)
		}
	}
}
