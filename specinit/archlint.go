package specinit

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/boundarylint/boundarylint/modspec"
)

// archLintConfig is the part of go-arch-lint's .go-arch-lint.yml (versions
// 2 and 3) that says something about imports.
type archLintConfig struct {
	Version int    `yaml:"version"`
	Workdir string `yaml:"workdir"`
	Allow   struct {
		DepOnAnyVendor           bool  `yaml:"depOnAnyVendor"`
		DeepScan                 *bool `yaml:"deepScan"`
		IgnoreNotFoundComponents bool  `yaml:"ignoreNotFoundComponents"`
	} `yaml:"allow"`
	Exclude          []string                      `yaml:"exclude"`
	ExcludeFiles     []string                      `yaml:"excludeFiles"`
	Components       yaml.Node                     `yaml:"components"` // a mapping, in file order
	Vendors          yaml.Node                     `yaml:"vendors"`
	CommonComponents []string                      `yaml:"commonComponents"`
	CommonVendors    []string                      `yaml:"commonVendors"`
	Deps             map[string]archLintDependency `yaml:"deps"`
}

type archLintDependency struct {
	MayDependOn    []string `yaml:"mayDependOn"`
	CanUse         []string `yaml:"canUse"`
	AnyVendorDeps  bool     `yaml:"anyVendorDeps"`
	AnyProjectDeps bool     `yaml:"anyProjectDeps"`
	DeepScan       *bool    `yaml:"deepScan"`
}

// globs is go-arch-lint's `in`: one glob or a list of them.
type globs []string

func (g *globs) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*g = globs{n.Value}
		return nil
	}
	var list []string
	if err := n.Decode(&list); err != nil {
		return err
	}
	*g = list
	return nil
}

// named is one entry of go-arch-lint's components or vendors.
type named struct {
	name string
	in   globs
}

func namedEntries(n *yaml.Node, what string) ([]named, error) {
	if n.Kind == 0 {
		return nil, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: %s must be a mapping of names to {in: ...}", n.Line, what)
	}
	var out []named
	for i := 0; i+1 < len(n.Content); i += 2 {
		var v struct {
			In globs `yaml:"in"`
		}
		if err := n.Content[i+1].Decode(&v); err != nil {
			return nil, fmt.Errorf("line %d: %s %s: %w", n.Content[i].Line, what, n.Content[i].Value, err)
		}
		out = append(out, named{n.Content[i].Value, v.In})
	}
	return out, nil
}

// FromArchLint translates the go-arch-lint configuration file for the
// module rooted at root.
func FromArchLint(root, file string) (*Draft, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	// YAML 1.2 allows "\/" in double-quoted strings and go-arch-lint's YAML
	// library reads it; yaml.v3 does not. In a path or a regular expression
	// it means "/", so it is read as that.
	data = bytes.ReplaceAll(data, []byte(`\/`), []byte("/"))
	var cfg archLintConfig
	if err := decodeConfig(file, data, &cfg); err != nil {
		return nil, err
	}
	if cfg.Version != 2 && cfg.Version != 3 {
		return nil, fmt.Errorf("%s: go-arch-lint config version %d; init reads versions 2 and 3", file, cfg.Version)
	}
	modPath, err := modspec.ModulePath(root)
	if err != nil {
		return nil, err
	}
	pkgs, err := modspec.ModulePackages(root)
	if err != nil {
		return nil, err
	}
	t := &archLint{cfg: cfg, pkgs: pkgs, d: &Draft{
		Module: modPath,
		Source: "the go-arch-lint configuration " + path.Base(file),
		Tests:  "enforce",
	}}
	if err := t.translate(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return t.d, nil
}

// archLint is one translation in progress.
type archLint struct {
	cfg     archLintConfig
	pkgs    []string // the module's packages, module-relative
	d       *Draft
	workdir string
	checked []string            // the packages go-arch-lint checks: in workdir, not excluded
	matches map[string][]string // package -> components whose globs match it, in file order
	holder  map[string]string   // package -> the component go-arch-lint checks it as
}

func (t *archLint) note(format string, args ...any) {
	t.d.Notes = append(t.d.Notes, fmt.Sprintf(format, args...))
}

func (t *archLint) translate() error {
	t.workdir = cleanDir(t.cfg.Workdir)
	comps, err := namedEntries(&t.cfg.Components, "components")
	if err != nil {
		return err
	}
	vendors, err := namedEntries(&t.cfg.Vendors, "vendors")
	if err != nil {
		return err
	}
	t.selectChecked()
	t.testPolicy()
	t.matchComponents(comps)
	t.assignHolders(comps)
	t.components(comps)
	t.dependencies(comps)
	t.importableThroughAny()
	t.breakCycles()
	t.vendors(vendors)
	t.unassignedPolicy()
	if err := t.fixOwners(); err != nil {
		return err
	}
	if t.cfg.Allow.DeepScan == nil || *t.cfg.Allow.DeepScan {
		t.note("deepScan (go-arch-lint's check of injected implementations) has no equivalent: boundarylint checks imports, not which implementation is passed where")
	}
	return nil
}

func cleanDir(dir string) string {
	dir = strings.Trim(path.Clean("/"+strings.TrimPrefix(dir, "./")), "/")
	if dir == "" {
		return "."
	}
	return dir
}

// selectChecked keeps the packages go-arch-lint analyses: those in workdir
// and not under an exclude directory.
func (t *archLint) selectChecked() {
	var excluded []string
	for _, e := range t.cfg.Exclude {
		excluded = append(excluded, t.join(e))
	}
	for _, p := range t.pkgs {
		if t.workdir != "." && !under(p, t.workdir) {
			continue
		}
		if slices.ContainsFunc(excluded, func(e string) bool { return under(p, e) }) {
			continue
		}
		t.checked = append(t.checked, p)
	}
	if outside := len(t.pkgs) - len(t.subtree(t.workdir)); outside > 0 {
		t.note("workdir %s: the packages outside it (%d) belong to no component, and unassigned is allow, so nothing checks them", t.workdir, outside)
	}
	if len(excluded) > 0 {
		t.note("exclude %s: the packages there belong to no component, and unassigned is allow, so nothing checks them", strings.Join(t.cfg.Exclude, ", "))
	}
}

// join makes a workdir-relative path module-relative.
func (t *archLint) join(p string) string {
	if t.workdir == "." {
		return cleanDir(p)
	}
	return cleanDir(t.workdir + "/" + p)
}

// testPolicy maps excludeFiles: a rule that excludes test files exempts
// their imports (go-arch-lint checks nothing else, so the other analyzers
// keep their policy); boundarylint has no way to exclude other files.
func (t *archLint) testPolicy() {
	t.d.TestsWhy = "go-arch-lint checks test files too"
	for _, re := range t.cfg.ExcludeFiles {
		rx, err := regexp.Compile(re)
		switch {
		case err != nil:
			t.note("excludeFiles %q is not a regular expression; ignored", re)
		case rx.MatchString("x_test.go") && !rx.MatchString("x.go"):
			t.d.Tests = "{imports: exempt}"
			t.d.TestsWhy = fmt.Sprintf("excludeFiles %q leaves the imports of test files unchecked", re)
		default:
			t.note("excludeFiles %q: boundarylint cannot exclude files, so they are checked; silence a finding there with //boundarylint:ignore <reason>", re)
		}
	}
}

// globRegexp turns a go-arch-lint directory glob into a regular
// expression over module-relative paths: "*" is one path element (or part
// of one), "**" any number of them, "dir/**" dir itself too.
func globRegexp(glob string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(glob); i++ {
		switch {
		case strings.HasPrefix(glob[i:], "/**"):
			b.WriteString("(/.*)?")
			i += 2
		case strings.HasPrefix(glob[i:], "**"):
			b.WriteString(".*")
			i++
		case glob[i] == '*':
			b.WriteString("[^/]*")
		case glob[i] == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(glob[i : i+1]))
		}
	}
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}

// matchComponents finds, for every checked package, the components whose
// globs match it.
func (t *archLint) matchComponents(comps []named) {
	t.matches = map[string][]string{}
	for _, c := range comps {
		for _, g := range c.in {
			rx := globRegexp(t.join(g))
			for _, p := range t.checked {
				if rx.MatchString(p) && !slices.Contains(t.matches[p], c.name) {
					t.matches[p] = append(t.matches[p], c.name)
				}
			}
		}
	}
}

// assignHolders decides which component go-arch-lint checks each package
// as: of those matching it, the one matching the fewest packages (it
// counts files), then the longer name.
func (t *archLint) assignHolders(comps []named) {
	size := map[string]int{}
	for _, ms := range t.matches {
		for _, m := range ms {
			size[m]++
		}
	}
	t.holder = map[string]string{}
	for p, ms := range t.matches {
		best := ms[0]
		for _, m := range ms[1:] {
			if size[m] < size[best] || size[m] == size[best] && (len(m) > len(best) || len(m) == len(best) && m < best) {
				best = m
			}
		}
		t.holder[p] = best
	}
}

// components writes each component's packages: a glob that boundarylint
// can say (a directory, dir/**) as a pattern when the component holds
// everything it matches; otherwise the packages it holds today.
func (t *archLint) components(comps []named) {
	common := map[string]bool{}
	for _, c := range t.cfg.CommonComponents {
		common[c] = true
	}
	for _, c := range comps {
		comp := &Component{Name: componentName(c.name), Shared: common[c.name]}
		if comp.Name != c.name {
			t.note("component %q is named %s: boundarylint names have only letters, digits, - and _", c.name, comp.Name)
		}
		for _, g := range c.in {
			comp.Packages = append(comp.Packages, t.patterns(c.name, g)...)
		}
		comp.Packages = slices.Compact(slices.Sorted(slices.Values(comp.Packages)))
		if len(comp.Packages) == 0 {
			if t.cfg.Allow.IgnoreNotFoundComponents {
				t.note("component %s matches no package (ignoreNotFoundComponents: true), so it is left out", c.name)
			} else {
				t.note("component %s matches no package; go-arch-lint would stop on it, and it is left out", c.name)
			}
			continue
		}
		t.d.Components = append(t.d.Components, comp)
	}
}

// patterns translates one glob of component c.
func (t *archLint) patterns(c, glob string) []string {
	full := t.join(glob)
	rx := globRegexp(full)
	var matched, held []string
	for _, p := range t.checked {
		if rx.MatchString(p) {
			matched = append(matched, p)
			if t.holder[p] == c {
				held = append(held, p)
			}
		}
	}
	if len(held) == 0 {
		return nil
	}
	dir, subtree := strings.CutSuffix(full, "/**")
	if dir == "**" {
		dir, subtree = ".", true
	}
	switch {
	case !strings.ContainsAny(dir, "*?[") && subtree:
		return []string{subtreePattern(dir)}
	case !strings.ContainsAny(dir, "*?["):
		return []string{dir}
	}
	// dir/* is one level below dir; dir/... says the same while nothing
	// sits in dir itself or deeper.
	if parent, ok := strings.CutSuffix(dir, "/*"); ok && !strings.ContainsAny(parent, "*?[") && slices.Equal(matched, t.subtree(parent)) {
		t.note("%s in: %s takes one level of directories; written %s, which would also take deeper ones (there are none today)", c, glob, subtreePattern(parent))
		return []string{subtreePattern(parent)}
	}
	t.note("%s in: %s has a wildcard that boundarylint patterns cannot say; the component lists the %d packages it matches today, and a new one must be added by hand", c, glob, len(held))
	return held
}

func subtreePattern(dir string) string {
	if dir == "." {
		return "..."
	}
	return dir + "/..."
}

// subtree returns the checked packages at or below dir.
func (t *archLint) subtree(dir string) []string {
	var out []string
	for _, p := range t.checked {
		if dir == "." || under(p, dir) {
			out = append(out, p)
		}
	}
	return out
}

// Translate translates the configuration in file, for the module rooted at
// root: go-arch-lint's .go-arch-lint.yml, or the depguard rules of a
// .golangci.yml.
func Translate(root, file string, opts Options) (*Draft, error) {
	if isGolangciConfig(file) {
		return FromDepguard(root, file, opts)
	}
	return FromArchLint(root, file)
}
