package finding

import (
	"fmt"
	"slices"
	"strings"
)

// Unread kinds: what an analyzer skips because it cannot read it. An
// unread statement is not a finding (nothing says it crosses a boundary),
// but a run that skipped some says how many, so that no findings is never
// mistaken for code that was checked and found clean.
const (
	TxUnread = "tx/unread"
)

// UnreadKind documents one kind of unread thing; its ID is the Category of
// the note diagnostics that carry it (see Unread).
type UnreadKind struct {
	ID       string // "analyzer/name"
	Analyzer string // the analyzer that skips it
	Noun     string // what is skipped, singular: "SQL statement"
	Reason   string // why, as the summary line ends: "could not be read (built at run time)"
}

var unreadKinds = []UnreadKind{
	{TxUnread, "tx", "SQL statement", "could not be read (built at run time)"},
}

// UnreadKinds returns every unread kind, in the order the suite runs their
// analyzers.
func UnreadKinds() []UnreadKind { return slices.Clone(unreadKinds) }

// LookupUnread returns the unread kind with the given ID.
func LookupUnread(id string) (UnreadKind, bool) {
	if i := kindIndex(id); i < len(unreadKinds) {
		return unreadKinds[i], true
	}
	return UnreadKind{}, false
}

// Summary says how many things of kind k sit in how many packages, as a run's
// summary line does: "tx: 3 SQL statements in 2 packages could not be read
// (built at run time)".
func (k UnreadKind) Summary(things, packages int) string {
	return k.In(things, plural(packages, "package"))
}

// In says how many things of kind k sit where (a package's path):
// "tx: 2 SQL statements in example.com/m/store could not be read (built at
// run time)".
func (k UnreadKind) In(things int, where string) string {
	return fmt.Sprintf("%s: %s in %s %s", k.Analyzer, plural(things, k.Noun), where, k.Reason)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Unread is one thing an analyzer skipped: a query whose SQL text it could
// not read. Analyzers run with their -findings flag (drivers only) report
// each as a note diagnostic whose Category is Kind and whose one Related
// entry is EncodeUnread's text; drivers count them (see CountUnread)
// instead of listing them as findings. A plain go vet or golangci-lint run
// never sees them.
type Unread struct {
	Kind    string   `json:"kind"`    // an UnreadKind's ID
	Package string   `json:"package"` // import path, as Finding.FromPackage
	Pos     Position `json:"pos"`
}

// encodedUnreadPrefix starts the text of an encoded Unread.
const encodedUnreadPrefix = "boundarylint-unread:"

// EncodeUnread returns u as one line of text that DecodeUnread reads back.
func EncodeUnread(u Unread) string { return encode(encodedUnreadPrefix, u) }

// DecodeUnread reads an Unread written by EncodeUnread. ok is false when
// text is not one; err reports one that is but does not decode.
func DecodeUnread(text string) (u Unread, ok bool, err error) {
	return decode[Unread](encodedUnreadPrefix, "unread note", text)
}

// UnreadCount is what one package holds of one unread kind: the places,
// sorted, each once.
type UnreadCount struct {
	Kind    string     `json:"kind"`
	Package string     `json:"package"`
	At      []Position `json:"at"`
}

// CountUnread groups unread things by kind (in the registry's order) and
// package; each place counts once, although go vet and the checker may
// analyse a file both in its package and in the package's test variant.
func CountUnread(us []Unread) []UnreadCount {
	us = slices.Clone(us)
	slices.SortFunc(us, compareUnread)
	us = slices.CompactFunc(us, func(a, b Unread) bool { return compareUnread(a, b) == 0 })
	var out []UnreadCount
	for _, u := range us {
		if n := len(out); n == 0 || out[n-1].Kind != u.Kind || out[n-1].Package != u.Package {
			out = append(out, UnreadCount{Kind: u.Kind, Package: u.Package})
		}
		out[len(out)-1].At = append(out[len(out)-1].At, u.Pos)
	}
	return out
}

func compareUnread(a, b Unread) int {
	if c := kindIndex(a.Kind) - kindIndex(b.Kind); c != 0 {
		return c
	}
	if c := strings.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := strings.Compare(a.Package, b.Package); c != 0 {
		return c
	}
	return a.Pos.Compare(b.Pos)
}

// kindIndex orders kinds as the registry does, unknown ones last.
func kindIndex(id string) int {
	if i := slices.IndexFunc(unreadKinds, func(k UnreadKind) bool { return k.ID == id }); i >= 0 {
		return i
	}
	return len(unreadKinds)
}
