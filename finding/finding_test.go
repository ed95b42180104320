package finding

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestKeyIgnoresPosition(t *testing.T) {
	f := Finding{Rule: ImportsPrivate, FromPackage: "m/a", ToComponent: "b", ToPackage: "m/b/x",
		Subject: Subject{SubjectImport, "m/b/x"}, Pos: Position{File: "a.go", Line: 3, Column: 2}, Message: "at 3"}
	g := f
	g.Pos = Position{File: "a.go", Line: 40, Column: 9}
	g.Message = "at 40"
	if f.Key() != g.Key() {
		t.Errorf("keys differ by position: %v, %v", f.Key(), g.Key())
	}
	g.Subject.Name = "m/b/y"
	if f.Key() == g.Key() {
		t.Errorf("keys equal for different subjects: %v", f.Key())
	}
}

func TestEncodeDecode(t *testing.T) {
	f := Finding{Rule: ImportsIsolated, Analyzer: "imports", FromPackage: "m/a", Chain: []string{"m/a", "m/u", "m/b"},
		Subject: Subject{SubjectImport, "m/u"}, Message: "m/a reaches m/b", Baselined: true}
	text := Encode(f)
	if strings.Contains(text, "\n") {
		t.Errorf("Encode spans lines: %q", text)
	}
	g, ok, err := Decode(text)
	if !ok || err != nil || g.Key() != f.Key() || !g.Baselined || len(g.Chain) != 3 || g.Message != f.Message {
		t.Errorf("Decode(Encode(f)) = %+v, %v, %v", g, ok, err)
	}
	if _, ok, _ := Decode("imports: something else"); ok {
		t.Error("Decode accepted a message that is not a finding")
	}
	if _, ok, err := Decode(encodedPrefix + "{"); !ok || err == nil {
		t.Errorf("Decode of a truncated finding: ok=%v err=%v, want ok and an error", ok, err)
	}
}

var idPattern = regexp.MustCompile(`^[a-z]+/[a-z][a-z-]*[a-z]$`)

// TestRegistry keeps each rule and unread kind complete, uniquely named
// and filed under the analyzer its ID names.
func TestRegistry(t *testing.T) {
	var ids [][2]string // ID, analyzer
	for _, r := range Rules() {
		ids = append(ids, [2]string{r.ID, r.Analyzer})
		if r.Title == "" || r.When == "" || r.Why == "" || r.Fix == "" || r.Bad == "" || r.Good == "" {
			t.Errorf("rule %s lacks a title, when, why, fix, bad or good example", r.ID)
		}
		if got, ok := Lookup(r.ID); !ok || got.ID != r.ID || got.Title != r.Title {
			t.Errorf("Lookup(%s) = %v, %v", r.ID, got, ok)
		}
	}
	for _, k := range UnreadKinds() {
		ids = append(ids, [2]string{k.ID, k.Analyzer})
		if k.Noun == "" || k.Reason == "" {
			t.Errorf("unread kind %s lacks a noun or reason", k.ID)
		}
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if !idPattern.MatchString(id[0]) || !strings.HasPrefix(id[0], id[1]+"/") {
			t.Errorf("%q of analyzer %q: want an ID analyzer/lower-case-name", id[0], id[1])
		}
		if seen[id[0]] {
			t.Errorf("%s listed twice (rules and unread kinds share one space of IDs)", id[0])
		}
		seen[id[0]] = true
	}
	if _, ok := Lookup("imports/nonesuch"); ok {
		t.Error("Lookup found an unknown rule")
	}
}

// TestAPIPackageRoundTrip: an api note carries declarations that span
// lines (a struct and its methods) on one line, and reads back whole.
func TestAPIPackageRoundTrip(t *testing.T) {
	p := APIPackage{Path: "internal/payments/api", Decls: []string{
		"const TopicCaptured untyped string = \"payment.captured\"",
		"type Service struct {\n\tStore *store.Store\n\t// unexported fields\n}\n\nfunc (*Service) Charge(ctx context.Context) error",
	}, Private: []string{"internal/payments/store"}}
	text := EncodeAPIPackage(p)
	if strings.Contains(text, "\n") {
		t.Errorf("EncodeAPIPackage spans lines: %q", text)
	}
	got, ok, err := DecodeAPIPackage(text)
	if !ok || err != nil || got.Path != p.Path || !slices.Equal(got.Decls, p.Decls) || !slices.Equal(got.Private, p.Private) {
		t.Errorf("DecodeAPIPackage(EncodeAPIPackage(p)) = %+v, %v, %v; want %+v", got, ok, err, p)
	}
	if _, ok, _ := DecodeAPIPackage(EncodeMigration(Migration{Table: "t"})); ok {
		t.Error("DecodeAPIPackage accepted a migration note")
	}
	if _, ok, err := DecodeAPIPackage(encodedAPIPrefix + `{"decls": 3}`); !ok || err == nil {
		t.Errorf("DecodeAPIPackage of a malformed note: ok=%v err=%v, want ok and an error", ok, err)
	}
}
