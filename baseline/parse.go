package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/boundarylint/boundarylint/finding"
)

// Error is a malformed baseline, at a position in its file.
type Error struct {
	File      string
	Line, Col int // 1-based
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

// Parse reads a baseline strictly: unknown fields, repeated top-level
// fields, a missing or unknown version, an unknown rule, a count below 1,
// a key listed twice, truncated input and trailing data are errors at
// FILE:LINE:COL.
// A silently empty baseline would report every legacy finding; a silently
// partial one would hide the difference.
func Parse(name string, data []byte) (*Baseline, error) {
	b, ok := parseValid(data)
	if !ok {
		// Only a faulty file pays for the token-by-token parse that finds
		// where the fault is.
		p := &parser{name: name, data: data, dec: json.NewDecoder(bytes.NewReader(data))}
		var err error
		if b, err = p.file(); err != nil {
			return nil, err
		}
	}
	b.Name, b.Hash = name, hashOf(data)
	b.sort()
	return b, nil
}

// canonicalHead starts every file Encode writes. Only such a file takes
// the fast path: json.Decode silently keeps the last of repeated fields,
// which the positioned parse rejects.
var canonicalHead = []byte("{\n  \"version\": 1,\n  \"findings\": [")

// parseValid decodes a valid baseline as Encode writes it in one pass, as
// go vet's process for each package does (5,000 entries: a third of the
// positioned parse's allocations). ok is false for anything else.
func parseValid(data []byte) (*Baseline, bool) {
	if !bytes.HasPrefix(data, canonicalHead) {
		return nil, false
	}
	var file struct {
		Version  *int     `json:"version"`
		Findings *[]Entry `json:"findings"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&file); err != nil || dec.More() || file.Version == nil || *file.Version != Version || file.Findings == nil {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false // trailing data
	}
	seen := make(map[finding.Key]bool, len(*file.Findings))
	for _, e := range *file.Findings {
		if _, known := finding.Lookup(e.Rule); !known || e.FromPackage == "" || e.Count < 1 || seen[e.Key] {
			return nil, false
		}
		seen[e.Key] = true
	}
	return &Baseline{Entries: *file.Findings}, true
}

type parser struct {
	name string
	data []byte
	dec  *json.Decoder
}

// errAt returns an error at byte offset off, skipping the separators
// between tokens so that it points at the value itself.
func (p *parser) errAt(off int64, format string, args ...any) error {
	line, col := p.lineCol(off)
	return &Error{File: p.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// lineCol converts a byte offset to a line and column, skipping the
// separators before the value at off.
func (p *parser) lineCol(off int64) (line, col int) {
	for off < int64(len(p.data)) && bytes.IndexByte([]byte(" \t\r\n,:"), p.data[off]) >= 0 {
		off++
	}
	line, col = 1, 1
	for _, c := range p.data[:min(off, int64(len(p.data)))] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// jsonErr turns a decoder error into one at its offset.
func (p *parser) jsonErr(at int64, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return p.errAt(int64(len(p.data)), "unexpected end of file: the baseline is truncated; rewrite it with `boundarylint baseline`")
	case errors.As(err, &syn):
		return p.errAt(syn.Offset, "%v", err)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "version" // the only value decoded outside an entry
		}
		return p.errAt(at, "%s: want %s, found %s", field, typ.Type, typ.Value)
	}
	return p.errAt(at, "%v", err)
}

// valueErr positions an error of the decoder's Decode, whose syntax
// errors point at the start of the value rather than at the fault:
// json.Unmarshal of the same bytes finds the fault's offset.
func (p *parser) valueErr(start int64, err error) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		var v any
		if uerr := json.Unmarshal(p.data[start:], &v); errors.As(uerr, &syn) {
			return p.errAt(start+max(syn.Offset-1, 0), "%v", syn)
		}
	}
	return p.jsonErr(start, err)
}

func (p *parser) delim(want json.Delim, what string) error {
	at := p.dec.InputOffset()
	tok, err := p.dec.Token()
	if err != nil {
		return p.jsonErr(at, err)
	}
	if tok != want {
		return p.errAt(at, "want %s, found %v", what, tok)
	}
	return nil
}

func (p *parser) file() (*Baseline, error) {
	if err := p.delim('{', "an object with version and findings"); err != nil {
		return nil, err
	}
	b := &Baseline{}
	version, seen := 0, map[string]bool{}
	for p.dec.More() {
		at := p.dec.InputOffset()
		tok, err := p.dec.Token()
		if err != nil {
			return nil, p.jsonErr(at, err)
		}
		key, _ := tok.(string)
		if seen[key] {
			return nil, p.errAt(at, "%q given twice", key)
		}
		seen[key] = true
		switch key {
		case "version":
			at := p.dec.InputOffset()
			if err := p.dec.Decode(&version); err != nil {
				return nil, p.valueErr(at, err)
			}
			if version != Version {
				return nil, p.errAt(at, "unknown baseline version %d: this boundarylint reads version %d", version, Version)
			}
		case "findings":
			if b.Entries, err = p.entries(); err != nil {
				return nil, err
			}
		default:
			return nil, p.errAt(at, "unknown field %q: a baseline has version and findings", key)
		}
	}
	if err := p.delim('}', "the end of the object"); err != nil {
		return nil, err
	}
	if at := p.dec.InputOffset(); len(bytes.TrimSpace(p.data[at:])) > 0 {
		return nil, p.errAt(at, "data after the baseline's object")
	}
	if !seen["version"] {
		return nil, p.errAt(0, "no version: a baseline starts with \"version\": %d", Version)
	}
	if !seen["findings"] {
		return nil, p.errAt(0, "no findings list")
	}
	return b, nil
}

func (p *parser) entries() ([]Entry, error) {
	if err := p.delim('[', "a list of findings"); err != nil {
		return nil, err
	}
	var out []Entry
	at := map[finding.Key]int64{}
	for p.dec.More() {
		start := p.dec.InputOffset()
		var raw json.RawMessage
		if err := p.dec.Decode(&raw); err != nil {
			return nil, p.valueErr(start, err)
		}
		e, err := p.entry(start, raw)
		if err != nil {
			return nil, err
		}
		if first, dup := at[e.Key]; dup {
			line, col := p.lineCol(first)
			return nil, p.errAt(start, "key %s listed twice (first at %d:%d); merge the counts", e.Key, line, col)
		}
		at[e.Key] = start
		out = append(out, e)
	}
	return out, p.delim(']', "the end of the findings list")
}

func (p *parser) entry(start int64, raw json.RawMessage) (Entry, error) {
	var e Entry
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			return e, p.jsonErr(start+typ.Offset, err)
		}
		return e, p.errAt(start, "%v", err)
	}
	switch {
	case e.Rule == "":
		return e, p.errAt(start, "entry without a rule")
	case e.FromPackage == "":
		return e, p.errAt(start, "entry without a package (from)")
	case e.Count < 1:
		return e, p.errAt(start, "count %d: an entry accepts at least one finding; remove it instead", e.Count)
	}
	if _, ok := finding.Lookup(e.Rule); !ok {
		return e, p.errAt(start, "unknown rule %q", e.Rule)
	}
	return e, nil
}
