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
//
// Every analyzer value extracts its doc when it is built, and go vet
// starts the tool once per package, so the comment is read line by line
// (lineComment) rather than by go/parser, which cost more than the spec
// load of a small package; a comment that reading cannot take (a /* */
// block) goes to the parser.
func Extract(content, name string) string {
	if text, ok := lineComment(content); ok {
		if doc, ok := section(text, name); ok {
			return doc
		}
	}
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("analyzerdoc: doc.go of %s has no package comment", name))
	}
	if doc, ok := section(f.Doc.Text(), name); ok {
		return doc
	}
	panic(fmt.Sprintf("analyzerdoc: doc.go has no 'Analyzer %s' heading", name))
}

// section returns the "# Analyzer name" section of a package comment's
// text, without the "name:" prefix.
func section(text, name string) (string, bool) {
	for _, s := range strings.Split(text, "\n# ") {
		body, ok := strings.CutPrefix(s, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		if rest, ok := strings.CutPrefix(strings.TrimSpace(body), name+":"); ok {
			return strings.TrimSpace(rest), true
		}
		panic(fmt.Sprintf("analyzerdoc: heading 'Analyzer %s' is not followed by a '%s: summary' line", name, name))
	}
	return "", false
}

// lineComment returns, as ast.CommentGroup.Text does, the text of the //
// comment lines directly above content's package clause: each without
// "//" and one space after it, directives (//go:embed) left out, blank
// lines at either end dropped and runs of them made one.
func lineComment(content string) (string, bool) {
	var lines []string
	for line := range strings.Lines(content) {
		line = strings.TrimRight(line, "\r\n")
		switch {
		case strings.HasPrefix(line, "package "):
			return joinComment(lines), len(lines) > 0
		case strings.HasPrefix(line, "//"):
			if c := line[2:]; !isDirective(c) {
				lines = append(lines, strings.TrimRight(strings.TrimPrefix(c, " "), " \t"))
			}
		default:
			lines = lines[:0] // not directly above the package clause: not its comment
		}
	}
	return "", false
}

// joinComment joins comment lines as ast.CommentGroup.Text does.
func joinComment(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// isDirective reports whether c, a // comment's text after the slashes,
// is a directive, which ast.CommentGroup.Text leaves out (go/ast's rule:
// "line ", "extern ", "export ", or [a-z0-9]+:[a-z0-9]).
func isDirective(c string) bool {
	if strings.HasPrefix(c, "line ") || strings.HasPrefix(c, "extern ") || strings.HasPrefix(c, "export ") {
		return true
	}
	colon := strings.Index(c, ":")
	if colon <= 0 || colon+1 >= len(c) {
		return false
	}
	for i := 0; i <= colon+1; i++ {
		if b := c[i]; i != colon && !('a' <= b && b <= 'z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return true
}
