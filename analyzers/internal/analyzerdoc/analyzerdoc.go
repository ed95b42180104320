// Package analyzerdoc derives an Analyzer's Doc from its package's doc.go,
// so that go doc, `boundarylint help NAME` and the Analyzer print one text.
//
// doc.go carries a section of the form
//
//	# Analyzer NAME
//
//	NAME: summary in one line
//
//	The rule, explained with examples.
//
// and the analyzer embeds the file with //go:embed doc.go.
package analyzerdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the text of the "# Analyzer name" section of the package
// comment in content, without the "name:" prefix. It panics when the
// section is missing: that is a bug in the analyzer's package, found by
// any test that loads it.
func Extract(content, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("analyzerdoc: doc.go of %s has no package comment", name))
	}
	for _, section := range strings.Split(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		if rest, ok := strings.CutPrefix(strings.TrimSpace(body), name+":"); ok {
			return strings.TrimSpace(rest)
		}
		panic(fmt.Sprintf("analyzerdoc: heading 'Analyzer %s' is not followed by a '%s: summary' line", name, name))
	}
	panic(fmt.Sprintf("analyzerdoc: doc.go has no 'Analyzer %s' heading", name))
}
