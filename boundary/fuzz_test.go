package boundary

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

func FuzzParse(f *testing.F) {
	f.Add(realistic)
	f.Add(rules)
	f.Add(owners)
	for _, src := range []string{
		"",
		"version: 1\ncomponents:\n  a: {packages: [\"...\"]}\n",
		"version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [b]}\n  b: {packages: [b/...], depends_on: [a]}\n",
		"version: 1\nmodule: example.com/x\ncomponents:\n  a:\n    packages: &p [a/..., .]\n  b: {packages: [b], api: [b]}\n",
		"version: 1\ncomponents:\n  a:\n  b: {packages: [b/...]}\n",
		"version: 1\ncomponents:\n  a: {packages: [a/...]}\n---\nx: 1\n",
		"version: 1\ncomponents: {a: {packages: [a/...], owns: {fields: [c.T.F]}}}\nexternal: {github.com/x/...: [a]}\n",
	} {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		s, err := Parse(FileName, []byte(src), mod)
		if err != nil {
			checkErrors(t, err)
			return
		}
		checkSpec(t, s)
		sameAsValidated(t, src, s)
	})
}

// checkErrors asserts the shape of every error Parse returns.
func checkErrors(t *testing.T, err error) {
	var es Errors
	if !errors.As(err, &es) || len(es) == 0 {
		t.Fatalf("Parse error %T %v is not a non-empty Errors", err, err)
	}
	for i, e := range es {
		if e.Pos.File != FileName || e.Pos.Line < 1 || e.Pos.Col < 1 || e.Msg == "" {
			t.Errorf("error without a position or message: %#v", e)
		}
		if r := []rune(e.Msg)[0]; unicode.IsUpper(r) {
			t.Errorf("error message is not lowercase: %s", e.Msg)
		}
		if i > 0 && (e.Pos.Line < es[i-1].Pos.Line || e.Pos.Line == es[i-1].Pos.Line && e.Pos.Col < es[i-1].Pos.Col) {
			t.Errorf("errors out of file order: %v", err)
		}
	}
}

// checkSpec asserts the invariants of a spec that Parse accepted.
func checkSpec(t *testing.T, s *Spec) {
	if s.Module == "" || len(s.Components) == 0 {
		t.Fatalf("accepted a spec with module %q and %d components", s.Module, len(s.Components))
	}
	for _, c := range s.Components {
		if s.Component(c.Name) != c || !validName(c.Name) || c.Pos.Line < 1 {
			t.Errorf("component %q is not found by name or has no position", c.Name)
		}
		if len(c.Packages) == 0 {
			t.Errorf("component %s has no packages", c.Name)
		}
		for _, p := range append(append([]Pattern{}, c.Packages...), c.API...) {
			checkPattern(t, p)
			if p.Pos.Line < 1 {
				t.Errorf("pattern %s has no position", p.Raw)
			}
		}
		for _, p := range c.Packages {
			if owner, _ := s.componentOfRel(p.Path); owner == nil {
				t.Errorf("nobody owns %s although %s claims it", p.Path, c.Name)
			}
		}
		for _, api := range c.API {
			if owner, _ := s.componentOfRel(api.Path); owner != c {
				t.Errorf("api %s of %s belongs to %s", api.Raw, c.Name, name(owner))
			}
		}
		for _, r := range c.DependsOn {
			if d := s.Component(r.Name); d == nil || d == c {
				t.Errorf("depends_on of %s names %q", c.Name, r.Name)
			}
		}
		for _, claim := range append(append(append([]Claim{}, c.Owns.Env...), c.Owns.Config...), c.Owns.Tables...) {
			if o := s.owner(claim.Pattern, nil, func(*Component) []Claim { return []Claim{claim} }, false); o.Owner == nil {
				t.Errorf("claim %q does not match itself", claim.Pattern)
			}
		}
		// The queries must answer for any path without panicking.
		for _, p := range c.Packages {
			path := s.Module + "/" + p.Path
			s.CheckImport(path, "github.com/x/y")
			s.CheckImport(path, s.Module)
			s.MayReach(c, path)
		}
	}
	for _, r := range s.External {
		for _, to := range r.To {
			if s.Component(to.Name) == nil {
				t.Errorf("external %s names unknown %q", r.Pattern.Raw, to.Name)
			}
		}
	}
	for _, r := range s.Config.Readers {
		if s.Component(r.Name) == nil {
			t.Errorf("config readers name unknown %q", r.Name)
		}
	}
	checkAcyclic(t, s)
}

func checkAcyclic(t *testing.T, s *Spec) {
	state := map[*Component]int{}
	var visit func(c *Component) bool
	visit = func(c *Component) bool {
		switch state[c] {
		case 1:
			return false
		case 2:
			return true
		}
		state[c] = 1
		for _, r := range c.DependsOn {
			if !visit(s.Component(r.Name)) {
				return false
			}
		}
		state[c] = 2
		return true
	}
	for _, c := range s.Components {
		if !visit(c) {
			t.Fatalf("accepted a depends_on cycle through %s", c.Name)
		}
	}
}

// checkPattern asserts what every parsed pattern satisfies.
func checkPattern(t *testing.T, p Pattern) {
	if !p.Match(p.Path) {
		t.Errorf("%q does not match its own path %q", p.Raw, p.Path)
	}
	if q, err := ParsePattern(p.Raw); err != nil || q.Path != p.Path || q.Subtree != p.Subtree {
		t.Errorf("%q does not parse again to the same pattern: %+v, %v", p.Raw, q, err)
	}
	child := p.Path + "/x"
	if p.Path == "" {
		child = "x"
	}
	if p.Match(child) != p.Subtree {
		t.Errorf("%q matches the child %q: %v, want %v", p.Raw, child, !p.Subtree, p.Subtree)
	}
	if p.Path != "" && p.Match(p.Path+"x") {
		t.Errorf("%q matches the sibling %q", p.Raw, p.Path+"x")
	}
}

var writeSuggestion = regexp.MustCompile(`write ("(?:[^"\\]|\\.)*")`)

func FuzzParsePattern(f *testing.F) {
	for _, s := range []string{"", ".", "...", "a/b", "a/b/...", "./a", "/a", "a/", "a//b", "a/../b", "a/.../b", "a...", "a/*", `a\b`, "a b", "./...", "x//..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		p, err := ParsePattern(raw)
		if err == nil {
			checkPattern(t, p)
			return
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "package pattern ") && !strings.HasPrefix(msg, "empty package pattern") {
			t.Errorf("error %q does not name the pattern", msg)
		}
		// The suggestion must itself be a valid pattern.
		if list, ok := strings.CutPrefix(msg[strings.LastIndex(msg, "; ")+2:], "write each as its own list entry: ["); ok {
			for _, sugg := range strings.Split(strings.TrimSuffix(list, "]"), ", ") {
				if _, err := ParsePattern(sugg); err != nil {
					t.Errorf("ParsePattern(%q) suggests %q, which is malformed too: %v", raw, sugg, err)
				}
			}
			return
		}
		m := writeSuggestion.FindStringSubmatch(msg)
		if m == nil {
			if !strings.Contains(msg, "remove them") && !strings.Contains(msg, "such as") {
				t.Errorf("error %q says nothing to write instead", msg)
			}
			return
		}
		sugg, uerr := strconv.Unquote(m[1])
		if uerr != nil {
			t.Fatalf("suggestion %s in %q: %v", m[1], msg, uerr)
		}
		if _, err := ParsePattern(sugg); err != nil {
			t.Errorf("ParsePattern(%q) suggests %q, which is malformed too: %v", raw, sugg, err)
		}
	})
}

func FuzzParseFunc(f *testing.F) {
	for _, s := range []string{"os.Getenv", "example.com/m/config.String", "example.com/m/config.(*Env).Get", "(*example.com/m/db.DB).InTx", "gopkg.in/yaml.v3.Unmarshal", "gopkg.in/yaml.v3.(*Decoder).Decode", "a/b", "a.b.c.d", "(", "().x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fn, err := parseFunc(s)
		if err != nil {
			return
		}
		if fn.Package == "" || !isIdent(fn.Name) || fn.Type != "" && !isIdent(fn.Type) {
			t.Fatalf("parseFunc(%q) = %+v", s, fn)
		}
		if again, err := parseFunc(fn.String()); err != nil || again != fn {
			t.Errorf("parseFunc(%q) = %+v, but its String %q parses to %+v, %v", s, fn, fn.String(), again, err)
		}
	})
}

// FuzzSpecEntries fuzzes the values inside a well-formed spec, which random
// YAML rarely reaches: names, patterns, api, depends_on, external and owns.
func FuzzSpecEntries(f *testing.F) {
	f.Add("payments", "internal/payments/...", "internal/payments/api", "orders", "internal/orders/...", "platform", "github.com/stripe/...", "STRIPE_*", "internal/config.Config.Payments", false)
	f.Add("a", "...", ".", "b", "b", "a", "b/...", "", "c.T.F", true)
	f.Add("a", "x/...", "x/...", "b", "x/y", "b", "example.com/monolith/x", "*", "x.T.F.G", true)
	f.Fuzz(func(t *testing.T, a, pkgA, apiA, b, pkgB, depA, ext, env, field string, shared bool) {
		q := strconv.Quote
		src := "version: 1\ncomponents:\n" +
			"  " + q(a) + ":\n    packages: [" + q(pkgA) + "]\n    api: [" + q(apiA) + "]\n    depends_on: [" + q(depA) + "]\n" +
			"    owns: {env: [" + q(env) + "], fields: [" + q(field) + "]}\n" +
			"  " + q(b) + ":\n    packages: [" + q(pkgB) + ", " + q(pkgA+"/sub") + "]\n    shared: " + strconv.FormatBool(shared) + "\n" +
			"external:\n  " + q(ext) + ": [" + q(a) + "]\n"
		s, err := Parse(FileName, []byte(src), mod)
		if err != nil {
			checkErrors(t, err)
			return
		}
		checkSpec(t, s)
		if c := s.Component(a); c == nil || c.Packages[0].Raw != pkgA || c.API[0].Raw != apiA {
			t.Errorf("component %q lost its entries", a)
		}
	})
}
