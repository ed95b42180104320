package finding

import (
	"strings"
	"testing"
)

func TestEncodeDecodeUnread(t *testing.T) {
	u := Unread{Kind: TxUnread, Package: "m/a", Pos: Position{File: "/m/a/a.go", Line: 3, Column: 9, RelFile: "a/a.go"}, Reason: "built at run time"}
	text := EncodeUnread(u)
	if strings.Contains(text, "\n") {
		t.Errorf("EncodeUnread spans lines: %q", text)
	}
	if got, ok, err := DecodeUnread(text); !ok || err != nil || got != u {
		t.Errorf("DecodeUnread(EncodeUnread(u)) = %+v, %v, %v", got, ok, err)
	}
	if _, ok, _ := DecodeUnread(Encode(Finding{Rule: ImportsPrivate})); ok {
		t.Error("DecodeUnread accepted a finding")
	}
	if _, ok, _ := Decode(text); ok {
		t.Error("Decode accepted an unread note")
	}
	if _, ok, err := DecodeUnread(encodedUnreadPrefix + "{"); !ok || err == nil {
		t.Errorf("DecodeUnread of a truncated note: ok=%v err=%v, want ok and an error", ok, err)
	}
}

// TestCountUnread: grouped by kind and package, each place once, sorted.
func TestCountUnread(t *testing.T) {
	at := func(pkg string, line int) Unread {
		return Unread{Kind: TxUnread, Package: pkg, Pos: Position{File: "/m/" + pkg + ".go", Line: line, Column: 2}, Reason: "why " + pkg}
	}
	got := CountUnread([]Unread{at("m/b", 7), at("m/a", 9), at("m/b", 7), at("m/a", 3), {Kind: "other/kind", Package: "m/a"}})
	var lines []string
	for _, c := range got {
		var places []string
		for _, p := range c.At {
			places = append(places, p.String())
		}
		places = append(places, c.Reasons...)
		lines = append(lines, c.Kind+" "+c.Package+" "+strings.Join(places, " "))
	}
	want := "tx/unread m/a /m/m/a.go:3:2 /m/m/a.go:9:2 why m/a why m/a\ntx/unread m/b /m/m/b.go:7:2 why m/b\nother/kind m/a :0:0 "
	if s := strings.Join(lines, "\n"); s != want {
		t.Errorf("CountUnread:\n%s\nwant:\n%s", s, want)
	}
}

func TestUnreadSummary(t *testing.T) {
	k, ok := LookupUnread(TxUnread)
	if !ok {
		t.Fatal("tx/unread is not in the registry")
	}
	for _, c := range []struct {
		things, packages int
		reasons          []string
		want             string
	}{
		{1, 1, []string{"built at run time"}, "tx: 1 SQL statement in 1 package could not be read: 1 built at run time"},
		{4, 2, []string{"table from a variable", "built at run time", "", "built at run time"},
			"tx: 4 SQL statements in 2 packages could not be read: 2 built at run time, 1 reason unknown, 1 table from a variable"},
	} {
		if got := k.Summary(c.things, c.packages, CountReasons(c.reasons)); got != c.want {
			t.Errorf("Summary(%d, %d, %q) = %q, want %q", c.things, c.packages, c.reasons, got, c.want)
		}
	}
	if _, ok := LookupUnread(TxForeignTable); ok {
		t.Error("a rule is not an unread kind")
	}
}
