// Package suppress implements //boundarylint:ignore directives.
//
// A directive silences every boundarylint finding on its own line (as a
// trailing comment) or, when it stands alone on a line, on the line below:
//
//	import "example.com/monolith/internal/payments/ledger" //boundarylint:ignore reconciliation job, removed in PAY-1234
//
//	//boundarylint:ignore reconciliation job, removed in PAY-1234
//	import "example.com/monolith/internal/payments/ledger"
//
// The reason is mandatory. Each analyzer reports through a Reporter, whose
// Result records which directives it used; the ignores analyzer collects
// those results to report directives that silence nothing.
package suppress

import (
	"bytes"
	"go/ast"
	"go/token"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Prefix starts a directive.
const Prefix = "//boundarylint:ignore"

// Directive is one //boundarylint:ignore comment.
type Directive struct {
	Pos    token.Pos
	File   string
	Line   int // the line whose findings it silences
	Reason string
}

// Directives returns the directives in the pass's files, in file order.
func Directives(pass *analysis.Pass) []Directive { return directivesIn(pass, pass.Files) }

// directivesIn returns the directives in files of the pass's file set.
func directivesIn(pass *analysis.Pass, files []*ast.File) []Directive {
	var out []Directive
	for _, f := range files {
		var src []byte // read lazily: most files have no directive
		tf := pass.Fset.File(f.FileStart)
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				rest, ok := strings.CutPrefix(c.Text, Prefix)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				line := tf.Line(c.Pos())
				if src == nil && pass.ReadFile != nil {
					src, _ = pass.ReadFile(tf.Name())
				}
				if aloneOnLine(tf, src, c) {
					line++
				}
				out = append(out, Directive{Pos: c.Pos(), File: tf.Name(), Line: line, Reason: strings.TrimSpace(rest)})
			}
		}
	}
	return out
}

func aloneOnLine(tf *token.File, src []byte, c *ast.Comment) bool {
	start, off := tf.Offset(tf.LineStart(tf.Line(c.Pos()))), tf.Offset(c.Pos())
	if src == nil || off > len(src) {
		return false
	}
	return len(bytes.TrimSpace(src[start:off])) == 0
}

// Result is what an analyzer reports as its analysis result: the
// directives it used, by position.
type Result struct {
	Used map[token.Pos]bool
}

// ResultType is the reflect.Type analyzers declare for their Result.
var ResultType = reflect.TypeOf((*Result)(nil))

// Reporter reports diagnostics that no directive silences.
type Reporter struct {
	pass   *analysis.Pass
	byLine map[lineKey]token.Pos
	result *Result
}

type lineKey struct {
	file string
	line int
}

// NewReporter reads the pass's directives. Directives without a reason do
// not silence anything; the ignores analyzer reports them.
func NewReporter(pass *analysis.Pass) *Reporter {
	r := &Reporter{pass: pass, byLine: map[lineKey]token.Pos{}, result: &Result{Used: map[token.Pos]bool{}}}
	for _, d := range Directives(pass) {
		if d.Reason != "" {
			r.byLine[lineKey{d.File, d.Line}] = d.Pos
		}
	}
	return r
}

// Watch adds the directives of files the pass does not list, such as the
// files its build constraints exclude, which a rule reads itself.
func (r *Reporter) Watch(files []*ast.File) {
	for _, d := range directivesIn(r.pass, files) {
		if d.Reason != "" {
			r.byLine[lineKey{d.File, d.Line}] = d.Pos
		}
	}
}

// Report reports d unless a directive silences its line.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if len(r.byLine) > 0 {
		p := r.pass.Fset.Position(d.Pos)
		if dir, ok := r.byLine[lineKey{p.Filename, p.Line}]; ok {
			r.result.Used[dir] = true
			return
		}
	}
	r.pass.Report(d)
}

// Result returns the directives used so far.
func (r *Reporter) Result() *Result { return r.result }
