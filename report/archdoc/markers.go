package archdoc

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Doc is a Markdown document split at its generated sections.
type Doc struct {
	Name     string
	text     []byte
	Sections []Section
}

// Section is the text between a begin marker and its end marker.
type Section struct {
	Kind string   // what is generated there: one of Kinds
	Args []string // the marker's arguments, such as a component name
	Line int      // the begin marker's line, 1-based

	start, end int // byte offsets of the text between the markers
}

func (s Section) String() string {
	return strings.Join(append([]string{s.Kind}, s.Args...), " ")
}

// Kinds are the sections Generate knows, in the order a document usually
// has them.
var Kinds = []string{"diagram", "api", "endpoints", "data", "config", "paths"}

var (
	marker = regexp.MustCompile(`^\s*<!--\s*boundarylint:(begin|end)\b(.*?)-->\s*$`)
	// nearMarker is a comment meant as a marker that marker does not read
	// (boundarylint:being, boundarylint: begin, BoundaryLint:begin): left
	// as text, it would silently leave its section out.
	nearMarker = regexp.MustCompile(`(?i)<!--\s*boundary-?lint\s*:`)
	// withArgs are the kinds whose marker takes arguments.
	withArgs = []string{"api", "endpoints"}
)

// Parse finds the generated sections of doc. A marker inside a fenced code
// block is text, not a marker, so a document may show the syntax. A
// document without markers, a begin without an end, an end without a
// begin, a begin inside a section, an unknown kind, arguments to a kind
// that takes none and a comment that looks meant as a marker but is not
// one (boundarylint:being) are errors naming the line.
func Parse(name string, doc []byte) (*Doc, error) {
	d := &Doc{Name: name, text: doc}
	var open *Section
	fence := ""
	off := 0
	for i, line := range strings.SplitAfter(string(doc), "\n") {
		lineNo, lineStart := i+1, off
		off += len(line)
		if f := fenceOf(line); f != "" && (fence == "" || strings.HasPrefix(f, fence)) {
			if fence == "" {
				fence = f
			} else {
				fence = ""
			}
			continue
		}
		m := marker.FindStringSubmatch(strings.TrimRight(line, "\r\n"))
		if m == nil && fence == "" && nearMarker.MatchString(line) {
			return nil, fmt.Errorf("%s:%d: unreadable boundarylint marker %q; write <!-- boundarylint:begin KIND --> or <!-- boundarylint:end -->, KIND one of %s", name, lineNo, strings.TrimSpace(line), strings.Join(Kinds, ", "))
		}
		if m == nil || fence != "" && open == nil {
			continue
		}
		args := strings.Fields(m[2])
		switch {
		case m[1] == "begin" && open != nil:
			return nil, fmt.Errorf("%s:%d: begin marker inside the %q section opened at line %d; close that one first with <!-- boundarylint:end -->", name, lineNo, open.String(), open.Line)
		case m[1] == "begin":
			if len(args) == 0 || !slices.Contains(Kinds, args[0]) {
				return nil, fmt.Errorf("%s:%d: begin marker names no section kind; write <!-- boundarylint:begin KIND -->, KIND one of %s", name, lineNo, strings.Join(Kinds, ", "))
			}
			if len(args) > 1 && !slices.Contains(withArgs, args[0]) {
				return nil, fmt.Errorf("%s:%d: the %s section takes no arguments, yet the marker gives %q", name, lineNo, args[0], strings.Join(args[1:], " "))
			}
			open = &Section{Kind: args[0], Args: args[1:], Line: lineNo, start: off}
		case open == nil:
			return nil, fmt.Errorf("%s:%d: end marker without a begin marker before it", name, lineNo)
		case len(args) > 0 && args[0] != open.Kind:
			return nil, fmt.Errorf("%s:%d: end marker of %q closes the %q section opened at line %d", name, lineNo, args[0], open.Kind, open.Line)
		default:
			open.end = lineStart
			d.Sections = append(d.Sections, *open)
			open = nil
		}
	}
	if open != nil {
		return nil, fmt.Errorf("%s:%d: the %q section has no end marker; add <!-- boundarylint:end --> after it", name, open.Line, open.String())
	}
	if len(d.Sections) == 0 {
		return nil, fmt.Errorf("%s: no boundarylint sections; mark where each generated section goes with <!-- boundarylint:begin KIND --> and <!-- boundarylint:end -->, KIND one of %s", name, strings.Join(Kinds, ", "))
	}
	return d, nil
}

// fenceOf returns the fence a line opens or closes (``` or ~~~, possibly
// longer), or "".
func fenceOf(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return ""
	}
	for _, c := range []string{"`", "~"} {
		n := len(t) - len(strings.TrimLeft(t, c))
		if n >= 3 {
			return strings.Repeat(c, n)
		}
	}
	return ""
}

// Content returns the text a section holds now.
func (d *Doc) Content(s Section) string { return string(d.text[s.start:s.end]) }

// Replace returns the document with each section's text replaced by
// what gen returns for it; the markers and the text around them stay.
func (d *Doc) Replace(gen func(Section) (string, error)) ([]byte, error) {
	var b bytes.Buffer
	prev := 0
	for _, s := range d.Sections {
		text, err := gen(s)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %s section: %w", d.Name, s.Line, s.String(), err)
		}
		b.Write(d.text[prev:s.start])
		b.WriteString(text)
		prev = s.end
	}
	b.Write(d.text[prev:])
	return b.Bytes(), nil
}

// Outside returns the hand-written text: everything but the sections.
func (d *Doc) Outside() string {
	var b strings.Builder
	prev := 0
	for _, s := range d.Sections {
		b.Write(d.text[prev:s.start])
		prev = s.end
	}
	b.Write(d.text[prev:])
	return b.String()
}
