package boundary

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestParsePattern(t *testing.T) {
	tests := []struct {
		raw     string
		path    string
		subtree bool
		err     string // the error text after `package pattern "<raw>": `
	}{
		{raw: "internal/payments", path: "internal/payments"},
		{raw: "internal/payments/...", path: "internal/payments", subtree: true},
		{raw: "...", path: "", subtree: true},
		{raw: ".", path: "."},
		{raw: "github.com/stripe/stripe-go/v76", path: "github.com/stripe/stripe-go/v76"},
		{raw: "gopkg.in/yaml.v3/...", path: "gopkg.in/yaml.v3", subtree: true},
		{raw: "a-b_c.d~e/f", path: "a-b_c.d~e/f"},

		{raw: "./x", err: `has a leading ./; write "x"`},
		{raw: "./x/...", err: `has a leading ./; write "x/..."`},
		{raw: "/x", err: `has a leading or trailing slash; write "x"`},
		{raw: "x/", err: `has a leading or trailing slash; write "x"`},
		{raw: "x//...", err: `has a leading or trailing slash; write "x/..."`},
		{raw: "a//b", err: `has an empty path element; write "a/b"`},
		{raw: "a/../b", err: `has a ".." element; write "b"`},
		{raw: "../b", err: `has a ".." element; write "b"`},
		{raw: "a/./b/...", err: `has a "." element; write "a/b/..."`},
		{raw: "a/.../b", err: `has "..." inside the path; "..." is only allowed as the whole last element; write "a/..."`},
		{raw: "a...", err: `has "..." inside the path; "..." is only allowed as the whole last element; write "a/..."`},
		{raw: "a/b.../...", err: `has "..." inside the path; "..." is only allowed as the whole last element; write "a/b/..."`},
		{raw: "...x", err: `has "..." inside the path; "..." is only allowed as the whole last element; write "..."`},
		{raw: "a/*", err: `has glob characters; patterns use "/..." for a subtree; write "a/..."`},
		{raw: "a/b*/c", err: `has glob characters; patterns use "/..." for a subtree; write "a/..."`},
		{raw: "a/?", err: `has glob characters; patterns use "/..." for a subtree; write "a/..."`},
		{raw: "a/[bc]", err: `has glob characters; patterns use "/..." for a subtree; write "a/..."`},
		{raw: "**", err: `has glob characters; patterns use "/..." for a subtree; write "..."`},
		{raw: `a\b`, err: `has backslashes; write "a/b"`},
		{raw: "a b", err: `holds several patterns; write each as its own list entry: [a, b]`},
		{raw: "api internal/...", err: `holds several patterns; write each as its own list entry: [api, internal/...]`},
		{raw: "users|people", err: `holds several patterns; write each as its own list entry: [users, people]`},
		{raw: "users+(x)", err: `has characters that cannot appear in an import path; write a slash-separated path such as internal/payments/...`},
		{raw: "a/b c/d", err: `holds several patterns; write each as its own list entry: [a/b, c/d]`},
		{raw: "a/b\x00c", err: `has spaces or control characters; write a slash-separated path such as internal/payments/...`},
		{raw: "a/\tb", err: `has spaces or control characters; write "a/b"`},
		{raw: " 00/", err: `has a leading or trailing slash; write "00"`},
		{raw: "./a b/*", err: `has a leading ./; write a slash-separated path such as internal/payments/...`},
		{raw: `.\x`, err: `has backslashes; write "x"`},
		{raw: " ", err: `has spaces or control characters; write a slash-separated path such as internal/payments/...`},
		{raw: "github.com/x/(y)", err: `has characters that cannot appear in an import path; write a slash-separated path such as internal/payments/...`},
		{raw: "a/b@v1/...", err: `has characters that cannot appear in an import path; write "a/b/..."`},
		{raw: "\"a\"", err: `has characters that cannot appear in an import path; write "a"`},
		{raw: "./...", err: `: write "..." for every package`},
		{raw: "/...", err: `: write "..." for every package`},
	}
	for _, tt := range tests {
		p, err := ParsePattern(tt.raw)
		if tt.err != "" {
			want := strings.TrimSuffix("package pattern "+strconv.Quote(tt.raw)+" "+tt.err, " ")
			want = strings.Replace(want, "\" : ", "\": ", 1)
			if err == nil || err.Error() != want {
				t.Errorf("ParsePattern(%q) error = %v, want %s", tt.raw, err, want)
			}
			continue
		}
		if err != nil || p.Path != tt.path || p.Subtree != tt.subtree || p.Raw != tt.raw {
			t.Errorf("ParsePattern(%q) = %+v, %v; want path %q subtree %v", tt.raw, p, err, tt.path, tt.subtree)
		}
	}
	if _, err := ParsePattern(""); err == nil || !strings.Contains(err.Error(), "write a path such as") {
		t.Errorf(`ParsePattern("") error = %v`, err)
	}
}

func TestPatternMatch(t *testing.T) {
	tests := []struct {
		pattern string
		yes, no []string
	}{
		{"internal/billing/...", []string{"internal/billing", "internal/billing/x", "internal/billing/x/y"}, []string{"internal/billingx", "internal/billingx/y", "internal", "internal/bill", "xinternal/billing"}},
		{"internal/billing", []string{"internal/billing"}, []string{"internal/billing/x", "internal/billingx", "internal"}},
		{"...", []string{".", "a", "a/b/c", "internal/billingx"}, nil},
		{".", []string{"."}, []string{"a", ""}},
		{"github.com/stripe/stripe-go/...", []string{"github.com/stripe/stripe-go", "github.com/stripe/stripe-go/v76/client"}, []string{"github.com/stripe/stripe-gox", "github.com/stripe"}},
	}
	for _, tt := range tests {
		p, err := ParsePattern(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range tt.yes {
			if !p.Match(path) {
				t.Errorf("%s does not match %s", tt.pattern, path)
			}
		}
		for _, path := range tt.no {
			if p.Match(path) {
				t.Errorf("%s matches %s", tt.pattern, path)
			}
		}
	}
}

func TestComponentOfMostSpecificWins(t *testing.T) {
	s := mustParse(t, `version: 1
components:
  legacy:
    packages: ["..."]
  billing:
    packages: [internal/billing/...]
  invoices:
    packages: [internal/billing/invoices/...]
  root:
    packages: [internal/billing/invoices]
  tooling:
    packages: [internal/tools, internal/billing/invoices/pdf/gen]
  app:
    packages: ["."]
`)
	tests := []struct{ pkg, want string }{
		{mod + "/internal/billing", "billing"},
		{mod + "/internal/billing/x", "billing"},
		{mod + "/internal/billingx", "legacy"}, // never the billing subtree
		{mod + "/internal/billing/invoices", "root"},
		{mod + "/internal/billing/invoices/pdf", "invoices"},
		{mod + "/internal/billing/invoices/pdf/gen", "tooling"},
		{mod + "/internal/billing/invoices/pdf/gen/x", "invoices"},
		{mod + "/internal/tools", "tooling"},
		{mod + "/internal/tools/sub", "legacy"},
		{mod + "/cmd/server", "legacy"},
		{mod, "app"},
		{"example.com/monolithx/internal/billing", ""},
		{"github.com/other/mod", ""},
		{"fmt", ""},
	}
	for _, tt := range tests {
		got := ""
		if c := s.ComponentOf(tt.pkg); c != nil {
			got = c.Name
		}
		if got != tt.want {
			t.Errorf("ComponentOf(%s) = %q, want %q", tt.pkg, got, tt.want)
		}
	}
	if c := mustParse(t, "version: 1\ncomponents:\n  a: {packages: [a/...]}\n").ComponentOf(mod + "/b"); c != nil {
		t.Errorf("an unclaimed package belongs to %s", c.Name)
	}
}

func TestRel(t *testing.T) {
	s := &Spec{Module: mod}
	tests := []struct {
		path, rel string
		in        bool
	}{
		{mod, ".", true},
		{mod + "/internal/x", "internal/x", true},
		{mod + "x/internal", mod + "x/internal", false},
		{"fmt", "fmt", false},
		{"example.com", "example.com", false},
	}
	for _, tt := range tests {
		if rel, in := s.Rel(tt.path); rel != tt.rel || in != tt.in {
			t.Errorf("Rel(%s) = %q, %v; want %q, %v", tt.path, rel, in, tt.rel, tt.in)
		}
	}
}

func TestGlob(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"STRIPE_*", "STRIPE_KEY", true},
		{"STRIPE_*", "STRIPE_", true},
		{"STRIPE_*", "XSTRIPE_KEY", false},
		{"*_KEY", "STRIPE_KEY", true},
		{"*_KEY", "STRIPE_KEYS", false},
		{"a*b*c", "abc", true},
		{"a*b*c", "aXbYbZc", true},
		{"a*b*c", "aXbYc_", false},
		{"*", "", true},
		{"", "", true},
		{"", "x", false},
		{"exact", "exact", true},
		{"exact", "exactly", false},
		{"**", "x", true},
		{"a*a*a*a*a*a*a*a*a*a*b", strings.Repeat("a", 200), false}, // linear, not exponential
	}
	for _, tt := range tests {
		if got := glob(tt.pattern, tt.name); got != tt.want {
			t.Errorf("glob(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}

// TestGlobAgainstRegexp checks glob, which matches the pieces between
// stars at their leftmost places, against the regular expression it
// stands for, on every small pattern and name.
func TestGlobAgainstRegexp(t *testing.T) {
	names := allStrings("ab", 6)
	for _, p := range allStrings("ab*", 5) {
		re := regexp.MustCompile("^" + strings.ReplaceAll(p, "*", ".*") + "$")
		for _, n := range names {
			if got := glob(p, n); got != re.MatchString(n) {
				t.Fatalf("glob(%q, %q) = %v, want %v", p, n, got, !got)
			}
		}
	}
}
