package archdoc

import (
	"strings"
	"testing"
)

func TestParseBadMarkers(t *testing.T) {
	for _, c := range []struct{ name, doc, want string }{
		{"no markers", "# Doc\n\ntext\n", "doc.md: no boundarylint sections"},
		{"begin without end", "a\n<!-- boundarylint:begin data -->\nx\n", `doc.md:2: the "data" section has no end marker`},
		{"end without begin", "a\n<!-- boundarylint:end -->\n", "doc.md:2: end marker without a begin marker"},
		{"nested", "<!-- boundarylint:begin data -->\n<!-- boundarylint:begin config -->\n<!-- boundarylint:end -->\n", `doc.md:2: begin marker inside the "data" section opened at line 1`},
		{"unknown kind", "<!-- boundarylint:begin diagrams -->\n<!-- boundarylint:end -->\n", "doc.md:1: begin marker names no section kind"},
		{"mismatched end", "<!-- boundarylint:begin data -->\n<!-- boundarylint:end config -->\n", `doc.md:2: end marker of "config" closes the "data" section`},
		{"misspelled beside valid ones", "<!-- boundarylint:begin data -->\n<!-- boundarylint:end -->\n<!-- boundarylint:being config -->\n<!-- boundarylint:end -->\n", `doc.md:3: unreadable boundarylint marker "<!-- boundarylint:being config -->"`},
		{"space after the colon", "<!-- boundarylint:begin data -->\n<!-- boundarylint:end -->\n<!-- boundarylint: begin config -->\n", `doc.md:3: unreadable boundarylint marker`},
		{"arguments to a kind that takes none", "<!-- boundarylint:begin data payments -->\n<!-- boundarylint:end -->\n", `doc.md:1: the data section takes no arguments, yet the marker gives "payments"`},
		{"only in a fence", "```\n<!-- boundarylint:begin data -->\n<!-- boundarylint:end -->\n```\n", "no boundarylint sections"},
	} {
		_, err := Parse("doc.md", []byte(c.doc))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

func TestReplaceKeepsHandWrittenText(t *testing.T) {
	doc := "# Title\n\n```md\n<!-- boundarylint:begin data -->\n```\n<!-- boundarylint:begin api payments -->\nold\n<!-- boundarylint:end api -->\nmiddle\n<!-- boundarylint:begin data -->\n<!-- boundarylint:end -->\ntail\n"
	d, err := Parse("doc.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sections) != 2 || d.Sections[0].String() != "api payments" || d.Content(d.Sections[0]) != "old\n" {
		t.Fatalf("sections: %+v", d.Sections)
	}
	out, err := d.Replace(func(s Section) (string, error) { return "NEW " + s.Kind + "\n", nil })
	if err != nil {
		t.Fatal(err)
	}
	want := "# Title\n\n```md\n<!-- boundarylint:begin data -->\n```\n<!-- boundarylint:begin api payments -->\nNEW api\n<!-- boundarylint:end api -->\nmiddle\n<!-- boundarylint:begin data -->\nNEW data\n<!-- boundarylint:end -->\ntail\n"
	if string(out) != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}
