// Package suppress is the one reporter every boundarylint analyzer reports
// through: an analyzer builds a finding.Finding, and the Reporter applies
// //boundarylint:ignore directives and the baseline, then emits the
// Diagnostic, its Category the finding's rule ID.
//
// # Directives
//
// A directive silences every boundarylint finding on its own line (as a
// trailing comment) or, when it stands alone on a line, on the line below:
//
//	import "example.com/monolith/internal/payments/ledger" //boundarylint:ignore reconciliation job, removed in PAY-1234
//
//	//boundarylint:ignore reconciliation job, removed in PAY-1234
//	import "example.com/monolith/internal/payments/ledger"
//
// The reason is mandatory. A Reporter's Result records which directives it
// used; the ignores analyzer collects those results to report directives
// that silence nothing.
//
// # Baseline
//
// A finding whose key the baseline (package baseline) still has budget for
// is not reported. The Result records how much of each entry the package
// used, so that the ignores analyzer reports the package's stale entries.
//
// # Findings for drivers
//
// With Config.Findings (each rule analyzer's -findings flag, which go vet
// passes on as -ANALYZER.findings), a driver gets every finding as data,
// through any path that carries diagnostics: go vet's -json output (cached
// and replayed by go vet like any other), the x/tools checker's
// Diagnostics, analysistest's results. Each diagnostic then carries one
// Related entry, at the diagnostic's position, whose Message is
// finding.Encode of the whole Finding; finding.Decode reads it back (from
// go vet's JSON, the "message" of the first element of "related"). The
// plain-text output prints it as a second, indented line. In this mode
// findings the baseline accepts are reported too, marked Baselined in the
// encoded finding, because a whole-module run needs the whole debt (a cut
// list, a rewritten baseline, the stale check across packages); drivers
// filter them out of what they print. So are the findings a directive
// silences, marked Ignored, which no driver prints or counts but the cut
// list shows. In this mode the Reporter also tells
// drivers what the analyzer skipped (Unread), which is no finding.
package suppress

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"maps"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// Prefix starts a directive.
const Prefix = "//boundarylint:ignore"

// Directive is one //boundarylint:ignore comment.
type Directive struct {
	Pos    token.Pos
	File   string
	Line   int // the line whose findings it silences
	Reason string
	// Removal is the text that removing the directive deletes: its whole
	// line when it is alone there, else the comment and the blanks before
	// it. Pos is token.NoPos when the file's source could not be read.
	Removal analysis.TextEdit
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
				alone := aloneOnLine(tf, src, c)
				d := Directive{Pos: c.Pos(), File: tf.Name(), Line: line, Reason: strings.TrimSpace(rest)}
				if alone {
					d.Line++
				}
				if src != nil {
					d.Removal = removal(tf, src, c, alone)
				}
				out = append(out, d)
			}
		}
	}
	return out
}

// removal is the edit that deletes the directive c: the whole line when
// it is alone there (so no blank line is left behind), else the comment
// and the blanks that separate it from the code before it.
func removal(tf *token.File, src []byte, c *ast.Comment, alone bool) analysis.TextEdit {
	if alone {
		line := tf.Line(c.Pos())
		end := token.Pos(tf.Base() + tf.Size())
		if line < tf.LineCount() {
			end = tf.LineStart(line + 1)
		}
		return analysis.TextEdit{Pos: tf.LineStart(line), End: end}
	}
	off := tf.Offset(c.Pos())
	start := len(bytes.TrimRight(src[:off], " \t"))
	return analysis.TextEdit{Pos: tf.Pos(start), End: c.End()}
}

func aloneOnLine(tf *token.File, src []byte, c *ast.Comment) bool {
	start, off := tf.Offset(tf.LineStart(tf.Line(c.Pos()))), tf.Offset(c.Pos())
	if src == nil || off > len(src) {
		return false
	}
	return len(bytes.TrimSpace(src[start:off])) == 0
}

// Result is what an analyzer reports as its analysis result: the
// directives it used, by position, and what it took from the baseline.
type Result struct {
	Used     map[token.Pos]bool
	Budget   *baseline.Budget // nil without a baseline
	Baseline string           // the baseline's file name, for messages
	Findings bool             // Config.Findings, for the ignores analyzer's own reports
	// Component is the package's component under the spec, "" for none:
	// the ignores analyzer, which has no spec, attributes its findings
	// about the package's directives and baseline entries to it.
	Component string
}

// ResultType is the reflect.Type analyzers declare for their Result.
var ResultType = reflect.TypeOf((*Result)(nil))

// Config is what a Reporter applies besides the directives.
type Config struct {
	Spec     *boundary.Spec     // names files relative to the module root; nil: not named
	Baseline *baseline.Baseline // nil: none
	Findings bool               // attach encoded findings; report baselined ones, marked
}

// Reporter reports findings that no directive silences and the baseline
// does not accept.
type Reporter struct {
	pass   *analysis.Pass
	cfg    Config
	byLine map[lineKey]token.Pos
	result *Result
}

type lineKey struct {
	file string
	line int
}

// NewReporter reads the pass's directives. Directives without a reason do
// not silence anything; the ignores analyzer reports them.
func NewReporter(pass *analysis.Pass, cfg Config) *Reporter {
	r := &Reporter{pass: pass, cfg: cfg, byLine: map[lineKey]token.Pos{}, result: &Result{Used: map[token.Pos]bool{}, Findings: cfg.Findings}}
	if cfg.Baseline != nil {
		r.result.Budget, r.result.Baseline = cfg.Baseline.Budget(), cfg.Baseline.Name
	}
	if cfg.Spec != nil {
		r.result.Component = ComponentName(cfg.Spec.ComponentOf(strings.TrimSuffix(pass.Pkg.Path(), "_test")))
	}
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

// Report reports f at pos (to end, when valid) unless the spec's tests
// policy exempts it, a directive silences its line or the baseline
// accepts it. It fills in what the pass knows: the analyzer, the position,
// whether it is in a test file and, when f leaves it empty, the package.
func (r *Reporter) Report(pos, end token.Pos, f finding.Finding) {
	f = complete(r.pass, r.cfg.Spec, pos, f)
	if f.Test && r.cfg.Spec != nil && r.cfg.Spec.Tests.Exempts(f.Analyzer, f.Write) {
		return // not a finding: a directive on its line silences nothing
	}
	if p := r.pass.Fset.Position(pos); len(r.byLine) > 0 {
		if dir, ok := r.byLine[lineKey{p.Filename, p.Line}]; ok {
			r.result.Used[dir] = true
			if r.cfg.Findings {
				f = complete(r.pass, r.cfg.Spec, pos, f)
				f.Ignored = true
				emit(r.pass, pos, end, f, true)
			}
			return
		}
	}
	if r.result.Budget.Take(f.Key()) {
		if !r.cfg.Findings {
			return
		}
		f.Baselined = true
	}
	emit(r.pass, pos, end, f, r.cfg.Findings)
}

// Unread tells a driver that the analyzer skipped what is at pos because
// it could not read it (kind, an ID of finding.UnreadKinds: a query), and
// why (reason: "built at run time"). It is no finding, and only drivers hear
// of it: with Config.Findings, a note diagnostic whose Category is kind and
// whose one Related entry is finding.EncodeUnread's text, which drivers
// count instead of listing; without, nothing, so that go vet,
// golangci-lint and nogo print only findings. No directive or baseline
// applies to it.
func (r *Reporter) Unread(pos token.Pos, kind, reason string) {
	if !r.cfg.Findings {
		return
	}
	k, _ := finding.LookupUnread(kind)
	u := finding.Unread{Kind: kind, Package: r.pass.Pkg.Path(), Pos: position(r.pass, r.cfg.Spec, pos), Reason: reason}
	r.pass.Report(analysis.Diagnostic{Pos: pos, Category: kind, Message: "not checked: this " + k.Noun + " " + k.Reason + " (" + reason + ")",
		Related: []analysis.RelatedInformation{{Pos: pos, Message: finding.EncodeUnread(u)}}})
}

// Migration tells a driver that the statement at pos changes the schema
// of table (finding.Migration). Like Unread it is no finding and only
// drivers hear of it; a statement in a test file sets up a test database,
// which is no migration.
func (r *Reporter) Migration(pos token.Pos, table string) {
	p := position(r.pass, r.cfg.Spec, pos)
	if !r.cfg.Findings || strings.HasSuffix(p.File, "_test.go") {
		return
	}
	m := finding.Migration{Table: table, Package: r.pass.Pkg.Path(), Pos: p}
	r.pass.Report(analysis.Diagnostic{Pos: pos, Category: finding.TxMigration, Message: "migration of table " + table,
		Related: []analysis.RelatedInformation{{Pos: pos, Message: finding.EncodeMigration(m)}}})
}

// Event tells a driver of a publish or subscribe site or an asynchronous
// path between components (finding.Event) at pos. Like Migration it is no
// finding and only drivers hear of it; a site in a test file feeds or
// fakes the code under test, which is no part of the component's events.
func (r *Reporter) Event(pos token.Pos, e finding.Event) {
	p := position(r.pass, r.cfg.Spec, pos)
	if !r.cfg.Findings || strings.HasSuffix(p.File, "_test.go") {
		return
	}
	e.Package, e.Pos = r.pass.Pkg.Path(), p
	msg := string(e.Kind) + " " + e.Topic
	if e.Async() {
		msg = string(e.Kind) + " into " + e.ToComponent + " (" + e.Callee + ")"
	}
	r.pass.Report(analysis.Diagnostic{Pos: pos, Category: finding.EventsSite, Message: msg,
		Related: []analysis.RelatedInformation{{Pos: pos, Message: finding.EncodeEvent(e)}}})
}

// Endpoint tells a driver that the call at pos registers e (an HTTP
// route or RPC method, finding.Endpoint). Like Migration it is no finding
// and only drivers hear of it: with Config.Findings, a note diagnostic
// whose Category is finding.EndpointsEndpoint carrying
// finding.EncodeEndpoint's text; without, nothing. The reporter fills in
// whether pos is in a test file.
func (r *Reporter) Endpoint(pos token.Pos, e finding.Endpoint) {
	if !r.cfg.Findings {
		return
	}
	e.Test = strings.HasSuffix(r.pass.Fset.Position(pos).Filename, "_test.go")
	r.pass.Report(analysis.Diagnostic{Pos: pos, Category: finding.EndpointsEndpoint, Message: "endpoint " + e.Route() + " served by " + e.Handler,
		Related: []analysis.RelatedInformation{{Pos: pos, Message: finding.EncodeEndpoint(e)}}})
}

// API tells a driver what the package, an api package of its component,
// declares (finding.APIPackage). Like Migration it is no finding and only
// drivers hear of it: with Config.Findings, one note diagnostic at the
// package clause whose Category is finding.ImportsAPI carrying
// finding.EncodeAPIPackage's text; without, nothing.
func (r *Reporter) API(p finding.APIPackage) {
	if !r.cfg.Findings || len(r.pass.Files) == 0 {
		return
	}
	pos := PackageClause(r.pass).Pos()
	r.pass.Report(analysis.Diagnostic{Pos: pos, Category: finding.ImportsAPI, Message: "api package " + p.Path,
		Related: []analysis.RelatedInformation{{Pos: pos, Message: finding.EncodeAPIPackage(p)}}})
}

// Position returns pos as findings carry it, with the file relative to
// the module root when the spec names the module.
func (r *Reporter) Position(pos token.Pos) finding.Position { return position(r.pass, r.cfg.Spec, pos) }

// ClaimsUsed tells a driver which of the spec's claims the package's code
// uses (the claims that decide the owners of what it reads, writes or
// queries), for rule, the analyzer's unused-claim rule, which only a
// whole-module run can decide, and which owned claims shared declarations
// took names from ({owned claim, shared claim} pairs, see NoteShadowed; nil
// for kinds without shared declarations). Like Unread it is no finding:
// with Config.Findings, one note diagnostic at the package clause carrying
// finding.EncodeClaimsUsed's text; without, or when both are empty,
// nothing.
func (r *Reporter) ClaimsUsed(rule string, claims map[boundary.Pos]bool, shadowed map[[2]boundary.Pos]bool) {
	if !r.cfg.Findings || len(claims) == 0 && len(shadowed) == 0 || len(r.pass.Files) == 0 {
		return
	}
	u := finding.ClaimsUsed{Rule: rule, Package: r.pass.Pkg.Path()}
	byPlace := func(a, b boundary.Pos) int {
		return cmp.Or(strings.Compare(a.File, b.File), a.Line-b.Line, a.Col-b.Col)
	}
	for _, p := range slices.SortedFunc(maps.Keys(claims), byPlace) {
		u.Claims = append(u.Claims, SpecPos(p))
	}
	msg := "uses claims " + strings.Join(u.Claims, ", ")
	pairs := slices.SortedFunc(maps.Keys(shadowed), func(a, b [2]boundary.Pos) int {
		return cmp.Or(byPlace(a[0], b[0]), byPlace(a[1], b[1]))
	})
	for _, p := range pairs {
		if u.Shadowed == nil {
			u.Shadowed = map[string][]string{}
			msg += "; shared names of claims"
		}
		owned, shared := SpecPos(p[0]), SpecPos(p[1])
		u.Shadowed[owned] = append(u.Shadowed[owned], shared)
		msg += " " + owned + " (shared by " + shared + ")"
	}
	pos := PackageClause(r.pass).Pos()
	r.pass.Report(analysis.Diagnostic{Pos: pos, Category: rule, Message: msg,
		Related: []analysis.RelatedInformation{{Pos: pos, Message: finding.EncodeClaimsUsed(u)}}})
}

// NoteShadowed records in shadowed, for ClaimsUsed, the owned claim a
// shared name o would belong to without the shared declaration that took
// it.
func NoteShadowed(shadowed map[[2]boundary.Pos]bool, o boundary.Ownership) {
	if shadowed != nil && o.Shared && o.Shadowed.Pattern != "" {
		shadowed[[2]boundary.Pos{o.Shadowed.Pos, o.Claim.Pos}] = true
	}
}

// Findings reports whether the reporter serves a driver (Config.Findings):
// only then is what ClaimsUsed needs worth collecting.
func (r *Reporter) Findings() bool { return r.cfg.Findings }

// Emit reports f as it is, with no directive or baseline applied: for the
// ignores analyzer, whose findings are about those. attach is the rule
// analyzers' Config.Findings.
func Emit(pass *analysis.Pass, pos, end token.Pos, f finding.Finding, attach bool, fixes ...analysis.SuggestedFix) {
	emit(pass, pos, end, complete(pass, nil, pos, f), attach, fixes...)
}

// emit reports f as a Diagnostic whose Category is its rule, with the
// encoded finding attached when attach is set.
func emit(pass *analysis.Pass, pos, end token.Pos, f finding.Finding, attach bool, fixes ...analysis.SuggestedFix) {
	d := analysis.Diagnostic{Pos: pos, End: end, Category: f.Rule, Message: finding.OneLine(f.Message), SuggestedFixes: fixes}
	if attach {
		d.Related = []analysis.RelatedInformation{{Pos: pos, End: end, Message: finding.Encode(f)}}
	}
	pass.Report(d)
}

// complete fills in what the pass knows about f: its analyzer, its
// position, whether that is in a test file and, when f leaves it empty,
// its package.
func complete(pass *analysis.Pass, spec *boundary.Spec, pos token.Pos, f finding.Finding) finding.Finding {
	f.Analyzer = pass.Analyzer.Name
	if f.FromPackage == "" {
		f.FromPackage = pass.Pkg.Path()
	}
	f.Pos = position(pass, spec, pos)
	f.Test = strings.HasSuffix(f.Pos.File, "_test.go")
	return f
}

// position is pos as findings carry it, with the file relative to the
// module root when spec names the module.
func position(pass *analysis.Pass, spec *boundary.Spec, pos token.Pos) finding.Position {
	p := pass.Fset.Position(pos)
	return finding.Position{File: p.Filename, Line: p.Line, Column: p.Column, RelFile: relFile(pass, spec, p.Filename)}
}

// relFile names a file of the package relative to the module root: the
// package's directory is its import path below the module's.
func relFile(pass *analysis.Pass, spec *boundary.Spec, file string) string {
	if spec == nil {
		return ""
	}
	dir, ok := spec.Rel(strings.TrimSuffix(pass.Pkg.Path(), "_test"))
	if !ok {
		return ""
	}
	return path.Join(dir, filepath.Base(file))
}

// Result returns the directives used so far.
func (r *Reporter) Result() *Result { return r.result }

// SpecPos formats the spec position a finding cites, with its column.
func SpecPos(p boundary.Pos) string {
	if p.Line == 0 || p.Col == 0 {
		return p.String()
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// ComponentName is a component's name, empty for none.
func ComponentName(c *boundary.Component) string {
	if c == nil {
		return ""
	}
	return c.Name
}

// PackageClause is where package-level findings go: the package name of
// the first non-test file by name, else of the first test file, so that
// every variant of the package puts them in the same place.
func PackageClause(pass *analysis.Pass) *ast.Ident {
	key := func(f *ast.File) string {
		name := pass.Fset.File(f.FileStart).Name()
		if strings.HasSuffix(name, "_test.go") {
			return "1" + name
		}
		return "0" + name
	}
	first := pass.Files[0]
	for _, f := range pass.Files[1:] {
		if key(f) < key(first) {
			first = f
		}
	}
	return first.Name
}
