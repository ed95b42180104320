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
	Reason   string // what befell it, as the summary line says: "could not be read"; each place says why (Unread.Reason)
}

var unreadKinds = []UnreadKind{
	{TxUnread, "tx", "SQL statement", "could not be read"},
	{EndpointsUnresolved, "endpoints", "route registration", "could not be resolved"},
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

// Summary says how many things of kind k sit in how many packages, and
// why, as a run's summary line does: "tx: 3 SQL statements in 2 packages
// could not be read: 2 built at run time, 1 table from a variable".
func (k UnreadKind) Summary(things, packages int, why []ReasonCount) string {
	return k.In(things, plural(packages, "package"), why)
}

// In says how many things of kind k sit where (a package's path), and
// why: "tx: 2 SQL statements in example.com/m/store could not be read: 2
// built at run time".
func (k UnreadKind) In(things int, where string, why []ReasonCount) string {
	s := fmt.Sprintf("%s: %s in %s %s", k.Analyzer, plural(things, k.Noun), where, k.Reason)
	for i, r := range why {
		sep := ", "
		if i == 0 {
			sep = ": "
		}
		s += fmt.Sprintf("%s%d %s", sep, r.Count, r.Reason)
	}
	return s
}

// ReasonCount is how many unread places share a reason.
type ReasonCount struct {
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// CountReasons counts reasons, the most frequent first (then by name); a
// place without one (a note of an older analyzer) counts as "reason
// unknown".
func CountReasons(reasons []string) []ReasonCount {
	var out []ReasonCount
	for _, r := range reasons {
		if r == "" {
			r = "reason unknown"
		}
		if i := slices.IndexFunc(out, func(c ReasonCount) bool { return c.Reason == r }); i >= 0 {
			out[i].Count++
		} else {
			out = append(out, ReasonCount{r, 1})
		}
	}
	slices.SortFunc(out, func(a, b ReasonCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Reason, b.Reason)
	})
	return out
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
	Reason  string   `json:"reason,omitempty"` // why it could not be read: "built at run time"
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
// sorted, each once, and why each could not be read.
type UnreadCount struct {
	Kind    string     `json:"kind"`
	Package string     `json:"package"`
	At      []Position `json:"at"`
	Reasons []string   `json:"reasons"` // Reasons[i] is At[i]'s
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
		c := &out[len(out)-1]
		c.At, c.Reasons = append(c.At, u.Pos), append(c.Reasons, u.Reason)
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
	if c := a.Pos.Compare(b.Pos); c != 0 {
		return c
	}
	return strings.Compare(a.Reason, b.Reason)
}

// kindIndex orders kinds as the registry does, unknown ones last.
func kindIndex(id string) int {
	if i := slices.IndexFunc(unreadKinds, func(k UnreadKind) bool { return k.ID == id }); i >= 0 {
		return i
	}
	return len(unreadKinds)
}
