// Package finding is boundarylint's findings model: what one reported
// violation is, as plain data, and the registry of the rules that report
// them. It imports nothing but the standard library, so that drivers,
// output formats, the baseline and tools outside this module can use it
// without go/analysis.
//
// A Finding carries the rule, both sides of the boundary it crosses, the
// subject (the import path, env var, config key, field, table or
// transaction) and the spec line that makes it a violation. Its Key leaves
// out lines and columns, so that editing a file does not change the keys
// of the findings in it: the baseline counts findings per Key.
//
// Unread (unread.go) is the other thing analyzers tell drivers: a place
// they skipped because they could not read it, such as SQL text built at
// run time. It is no finding; drivers count it per package.
//
// # JSON
//
// Finding's JSON form is stable: fields are only ever added. It is what
// `boundarylint -json`-style outputs print and what the analyzers attach to
// their diagnostics for drivers (see Encode and Decode):
//
//	{
//	  "rule": "imports/private",             // a Rule ID of the registry
//	  "analyzer": "imports",
//	  "pos": {"file": "/abs/path/x.go", "line": 3, "column": 2, "rel_file": "internal/orders/x.go"},
//	  "from_package": "example.com/m/internal/orders",
//	  "from_component": "orders",
//	  "to_component": "payments",             // the other side, when there is one
//	  "to_package": "example.com/m/internal/payments/ledger",
//	  "subject": {"kind": "import", "name": "example.com/m/internal/payments/ledger"},
//	  "spec_pos": "boundaries.yaml:40:5",    // the spec entry that makes it a violation
//	  "chain": ["example.com/m/a", "example.com/m/b"],   // import chain, for isolated and cycle
//	  "detail": "takes a func (parameter fn)", // a short account, for reports (remote)
//	  "message": "...",                       // the diagnostic's text
//	  "baselined": true,                      // only when a baseline holds it
//	  "test": true,                           // only in a _test.go file
//	  "write": true                           // only for a write of what the other side owns
//	}
package finding

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Finding is one violation of the spec, or one problem with a directive.
type Finding struct {
	Rule          string   `json:"rule"`
	Analyzer      string   `json:"analyzer"`
	Pos           Position `json:"pos"`
	FromPackage   string   `json:"from_package"`
	FromComponent string   `json:"from_component,omitempty"`
	ToComponent   string   `json:"to_component,omitempty"`
	ToPackage     string   `json:"to_package,omitempty"`
	Subject       Subject  `json:"subject"`
	SpecPos       string   `json:"spec_pos,omitempty"`
	Chain         []string `json:"chain,omitempty"`
	Detail        string   `json:"detail,omitempty"` // a short account for reports that group by subject: "takes a func (parameter fn)" (remote's rules)
	Message       string   `json:"message"`
	Baselined     bool     `json:"baselined,omitempty"`
	// Test is set when the finding is in a _test.go file; the spec's
	// tests key decides which of those are reported.
	Test bool `json:"test,omitempty"`
	// Write is set when the code writes what the other side owns (sets an
	// env var, a config key or field, a context value, a package
	// variable) rather than reading it: in a test file that is setup.
	Write bool `json:"write,omitempty"`
	// Ignored marks a finding a //boundarylint:ignore directive silences,
	// which only drivers hear of (suppress.Config.Findings): a cut list
	// shows the whole debt, silenced coupling included.
	Ignored bool `json:"ignored,omitempty"`
}

// Position is where a finding is reported.
type Position struct {
	File    string `json:"file"`               // as the analysis driver names it (absolute under go vet)
	Line    int    `json:"line"`               // 1-based
	Column  int    `json:"column"`             // 1-based, in bytes
	RelFile string `json:"rel_file,omitempty"` // slash-separated, relative to the module root, when known
}

func (p Position) String() string {
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// Compare orders positions by file, line and column.
func (p Position) Compare(o Position) int {
	if c := strings.Compare(p.File, o.File); c != 0 {
		return c
	}
	if p.Line != o.Line {
		return p.Line - o.Line
	}
	return p.Column - o.Column
}

// Subject is what a finding is about.
type Subject struct {
	Kind SubjectKind `json:"kind"`
	Name string      `json:"name"`
}

func (s Subject) String() string {
	if s.Kind == "" {
		return s.Name
	}
	return string(s.Kind) + " " + s.Name
}

// SubjectKind says what a Subject's Name names.
type SubjectKind string

const (
	SubjectImport      SubjectKind = "import"      // an import path
	SubjectPackage     SubjectKind = "package"     // a package no component claims
	SubjectCycle       SubjectKind = "cycle"       // a component cycle, "a -> b -> a", or "a, b, c" when it is no single loop
	SubjectEnv         SubjectKind = "env"         // an environment variable, or a prefix ending in "..."
	SubjectConfig      SubjectKind = "config"      // a config key, or a prefix ending in "..."
	SubjectField       SubjectKind = "field"       // a config struct field, pkg.Type.Field
	SubjectSpec        SubjectKind = "spec"        // a spec entry that names nothing
	SubjectTable       SubjectKind = "table"       // a database table
	SubjectTopic       SubjectKind = "topic"       // a message topic, subject or queue
	SubjectTransaction SubjectKind = "transaction" // a transaction, by what it flows to or what opens it
	SubjectCall        SubjectKind = "call"        // a function called inside a transaction
	SubjectContextKey  SubjectKind = "context-key" // a context key, pkg.Name
	SubjectVariable    SubjectKind = "variable"    // a package-level variable, pkg.Name
	SubjectDirective   SubjectKind = "directive"   // a //boundarylint:ignore directive
	SubjectBaseline    SubjectKind = "baseline"    // a baseline entry, by its Key
)

// Key identifies a finding without its position: the rule, the package
// it is in, the other side and the subject. Findings with equal keys are
// counted together by the baseline.
type Key struct {
	Rule        string      `json:"rule"`
	FromPackage string      `json:"from"`
	ToComponent string      `json:"to_component,omitempty"`
	ToPackage   string      `json:"to_package,omitempty"`
	SubjectKind SubjectKind `json:"subject_kind,omitempty"`
	Subject     string      `json:"subject,omitempty"`
}

// Key returns f's key.
func (f Finding) Key() Key {
	return Key{
		Rule:        f.Rule,
		FromPackage: f.FromPackage,
		ToComponent: f.ToComponent,
		ToPackage:   f.ToPackage,
		SubjectKind: f.Subject.Kind,
		Subject:     f.Subject.Name,
	}
}

// String prints k on one line, for messages.
func (k Key) String() string {
	parts := []string{k.Rule, k.FromPackage}
	if k.ToComponent != "" || k.ToPackage != "" {
		parts = append(parts, "-> "+strings.TrimSpace(k.ToComponent+" "+k.ToPackage))
	}
	if k.Subject != "" {
		parts = append(parts, Subject{k.SubjectKind, k.Subject}.String())
	}
	return strings.Join(parts, " ")
}

// Compare orders keys by rule, package, other side and subject, the order
// the baseline file lists them in.
func (k Key) Compare(o Key) int {
	for _, p := range [][2]string{
		{k.Rule, o.Rule}, {k.FromPackage, o.FromPackage}, {k.ToComponent, o.ToComponent},
		{k.ToPackage, o.ToPackage}, {string(k.SubjectKind), string(o.SubjectKind)}, {k.Subject, o.Subject},
	} {
		if c := strings.Compare(p[0], p[1]); c != 0 {
			return c
		}
	}
	return 0
}

// encodedPrefix starts the text of an encoded finding.
const encodedPrefix = "boundarylint-finding:"

// Encode returns f as one line of text that Decode reads back. Analyzers
// run with their -findings flag attach it to each diagnostic (see package
// analyzers/internal/suppress), so that a driver reading go vet's -json
// output, or the x/tools checker's diagnostics, recovers the whole Finding.
func Encode(f Finding) string { return encode(encodedPrefix, f) }

// Decode reads a finding written by Encode. ok is false when text is not
// one; err reports one that is but does not decode.
func Decode(text string) (f Finding, ok bool, err error) {
	return decode[Finding](encodedPrefix, "finding", text)
}

// encode returns v, plain data, as one line of JSON after prefix.
func encode(prefix string, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // plain data: strings, ints, bools and slices of them
	}
	return prefix + string(b)
}

// decode reads a T that encode wrote after prefix; what names it in errors.
func decode[T any](prefix, what, text string) (v T, ok bool, err error) {
	rest, ok := strings.CutPrefix(text, prefix)
	if !ok {
		return v, false, nil
	}
	if err := json.Unmarshal([]byte(rest), &v); err != nil {
		var zero T
		return zero, true, fmt.Errorf("decoding a boundarylint %s: %w", what, err)
	}
	return v, true, nil
}

// OneLine escapes the line breaks of s (a message, a file name) as \n and
// \r: a line-oriented reader of file:line:col: message output (an editor,
// a CI log, GitHub's workflow-command parser) must see one diagnostic per
// line, whatever a config key or a file name holds.
func OneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(s)
}
