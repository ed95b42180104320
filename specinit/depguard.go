package specinit

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// isGolangciConfig tells a golangci-lint configuration by its name.
func isGolangciConfig(file string) bool {
	return strings.HasPrefix(filepath.Base(file), ".golangci")
}

// depguardRule is one rule of depguard v2's settings.
type depguardRule struct {
	ListMode string   `yaml:"list-mode"`
	Files    []string `yaml:"files"`
	Allow    []string `yaml:"allow"`
	Deny     []struct {
		Pkg  string `yaml:"pkg"`
		Desc string `yaml:"desc"`
	} `yaml:"deny"`
}

type depguardSettings struct {
	Rules map[string]depguardRule `yaml:"rules"`
}

// golangciConfig holds depguard's settings where golangci-lint v1
// (linters-settings) and v2 (linters.settings) keep them.
type golangciConfig struct {
	LintersSettings struct {
		Depguard *depguardSettings `yaml:"depguard"`
	} `yaml:"linters-settings"`
	Linters struct {
		Settings struct {
			Depguard *depguardSettings `yaml:"depguard"`
		} `yaml:"settings"`
	} `yaml:"linters"`
}

// FromDepguard proposes a spec from the module's code, as Propose does,
// and adds the depguard rules of a golangci-lint configuration: depguard
// knows no components, so its rules become external reservations (a
// third-party package denied to some files is reserved to the components
// it is not denied to) and dropped depends_on edges (a module package
// denied to some files).
func FromDepguard(root, file string, opts Options) (*Draft, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var cfg golangciConfig
	if err := decodeConfig(file, data, &cfg); err != nil {
		return nil, err
	}
	settings := cfg.Linters.Settings.Depguard
	if settings == nil {
		settings = cfg.LintersSettings.Depguard
	}
	if settings == nil || len(settings.Rules) == 0 {
		return nil, fmt.Errorf("%s: no depguard rules (linters.settings.depguard.rules, or linters-settings.depguard.rules before golangci-lint v2)", file)
	}
	m, err := readModule(root, opts)
	if err != nil {
		return nil, err
	}
	d, err := Propose(root, opts)
	if err != nil {
		return nil, err
	}
	d.Source = "the layout of its packages, the imports they make today and the depguard rules of " + filepath.Base(file)
	t := &depguard{m: m, d: d}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range settings.Rules {
			if !yield(n) {
				return
			}
		}
	}) {
		t.rule(name, settings.Rules[name])
	}
	sort.Slice(d.External, func(i, j int) bool { return d.External[i].Pattern < d.External[j].Pattern })
	d.Mutual = slices.DeleteFunc(d.Mutual, func(p *MutualPair) bool { // a rule broke the loop: no pair to declare
		return !slices.Contains(d.component(p.A).DependsOn, p.B) || !slices.Contains(d.component(p.B).DependsOn, p.A)
	})
	return d, nil
}

type depguard struct {
	m *module
	d *Draft
}

func (t *depguard) note(format string, args ...any) {
	t.d.Notes = append(t.d.Notes, fmt.Sprintf(format, args...))
}

// covered returns the components whose every package the rule's files
// patterns take (judged on a non-test file of each package), and whether
// the rule leaves test files out.
func (t *depguard) covered(r depguardRule) (comps []string, noTests bool) {
	var in, out []string
	for _, f := range r.Files {
		if neg, ok := strings.CutPrefix(f, "!"); ok {
			out = append(out, neg)
		} else {
			in = append(in, f)
		}
	}
	noTests = slices.Contains(out, "$test")
	matches := func(globs []string, file string) bool {
		return slices.ContainsFunc(globs, func(g string) bool {
			return g == "$all" || g != "$test" && globRegexp(g).MatchString(file)
		})
	}
	partial := map[string]bool{}
	all := map[string]bool{}
	for _, p := range t.m.pkgs {
		name := t.d.owner(p).Name
		file := "/" + p + "/x.go"
		if p == "." {
			file = "/x.go"
		}
		takes := (len(in) == 0 || matches(in, file)) && !matches(out, file)
		if _, seen := all[name]; !seen {
			all[name] = true
		}
		all[name] = all[name] && takes
		partial[name] = partial[name] || takes
	}
	for _, c := range t.d.Components {
		if all[c.Name] {
			comps = append(comps, c.Name)
		} else if partial[c.Name] {
			t.note("depguard rule files %s take some packages of %s and not others; boundarylint rules apply per component, so %s is treated as outside the rule", strings.Join(r.Files, ", "), c.Name, c.Name)
		}
	}
	return comps, noTests
}

func (t *depguard) rule(name string, r depguardRule) {
	covered, noTests := t.covered(r)
	if noTests {
		t.note("rule %s leaves test files out ($test); tests stay enforce, as the other rules and the imports from the code apply to them", name)
	}
	if len(r.Allow) > 0 || r.ListMode == "strict" {
		t.note("rule %s allow-lists imports (%s); boundarylint leaves unlisted third-party imports free and cannot say an allow list", name, strings.Join(r.Allow, ", "))
	}
	for _, deny := range r.Deny {
		switch {
		case deny.Pkg == "$gostd":
			t.note("rule %s denies the standard library; boundarylint always allows it", name)
		case deny.Pkg == t.d.Module || strings.HasPrefix(deny.Pkg, t.d.Module+"/"):
			t.denyModulePackage(name, deny.Pkg, covered)
		default:
			t.reserve(name, deny.Pkg, deny.Desc, covered)
		}
	}
}

// reserve reserves a third-party package to the components the rule does
// not cover.
func (t *depguard) reserve(rule, pkg, desc string, covered []string) {
	var to []string
	for _, c := range t.d.Components {
		if !slices.Contains(covered, c.Name) {
			to = append(to, c.Name)
		}
	}
	if len(to) == 0 {
		t.note("rule %s denies %s to every component; external cannot reserve an import to nobody, so it is free", rule, pkg)
		return
	}
	pattern := strings.TrimSuffix(pkg, "/") + "/..." // depguard matches by prefix
	for _, r := range t.d.External {
		if r.Pattern == pattern {
			r.To = slices.DeleteFunc(r.To, func(c string) bool { return !slices.Contains(to, c) })
			return
		}
	}
	comment := fmt.Sprintf("depguard rule %s", rule)
	if desc != "" {
		comment += ": " + desc
	}
	t.d.External = append(t.d.External, &Reservation{Pattern: pattern, To: to, Comment: comment})
}

// denyModulePackage drops the depends_on edges from the covered
// components to the component of a denied module package.
func (t *depguard) denyModulePackage(rule, pkg string, covered []string) {
	rel := "."
	if pkg != t.d.Module {
		rel = strings.TrimPrefix(pkg, t.d.Module+"/")
	}
	denied := func(p string) bool { return rel == "." || under(p, rel) }
	var target string
	for _, p := range t.m.pkgs {
		if denied(p) {
			target = t.d.owner(p).Name
			break
		}
	}
	whole := true
	for _, p := range t.m.pkgs {
		if t.d.owner(p).Name == target && !denied(p) {
			whole = false
		}
	}
	if target == "" {
		t.note("rule %s denies %s, which is no package of the module; left out", rule, pkg)
		return
	}
	if !whole {
		t.note("rule %s denies %s, part of component %s; boundarylint allows or denies a whole component, so split %s to say it", rule, pkg, target, target)
		return
	}
	for _, name := range covered {
		c := t.d.component(name)
		if i := slices.Index(c.DependsOn, target); i >= 0 {
			c.DependsOn = slices.Delete(c.DependsOn, i, i+1)
			t.note("rule %s denies %s to %s, which imports it today: %s no longer depends on %s, so those imports are reported", rule, pkg, name, name, target)
		}
	}
}
