package specinit

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// Render writes the draft as a boundaries.yaml whose every key is
// commented, with the draft's notes where they apply.
func Render(w io.Writer, d *Draft) error {
	r := &renderer{}
	r.header(d)
	r.components(d)
	r.mutual(d)
	r.external(d)
	_, err := io.WriteString(w, r.b.String())
	return err
}

type renderer struct{ b strings.Builder }

func (r *renderer) line(format string, args ...any) {
	fmt.Fprintf(&r.b, format+"\n", args...)
}

// comment writes text as comment lines indented by indent, wrapped at
// about 78 columns.
func (r *renderer) comment(indent string, text string) {
	for _, para := range strings.Split(text, "\n") {
		if strings.HasPrefix(para, "  ") { // preformatted: kept as it is
			r.line("%s#%s", indent, para)
			continue
		}
		line := indent + "#"
		for _, word := range strings.Fields(para) {
			if len(line)+1+len(word) > 78 && line != indent+"#" {
				r.line("%s", line)
				line = indent + "#"
			}
			line += " " + word
		}
		r.line("%s", line)
	}
}

func (r *renderer) header(d *Draft) {
	r.comment("", fmt.Sprintf("boundaries.yaml for module %s, proposed by `boundarylint init` from %s.", d.Module, d.Source))
	for _, h := range d.Header {
		r.comment("", h)
	}
	r.comment("", "Review it: name the components after what they do, merge or split them, list each one's api packages, mark the ones being extracted isolated. `boundarylint check` validates it and prints what each component owns; `boundarylint ./...` checks the code against it.")
	if len(d.Notes) > 0 {
		r.line("#")
		r.comment("", "What did not translate, and what this file does instead:")
		for _, n := range d.Notes {
			r.comment("", "- "+n)
		}
	}
	r.line("")
	r.comment("", "version: the spec format; required, must be 1.")
	r.line("version: 1")
	if d.ModuleKey {
		r.comment("", "module: the module the package patterns are relative to; needed because this file lies outside it.")
		r.line("module: %s", d.Module)
	}
	r.line("")
	r.comment("", "unassigned: what happens to module packages no component claims: allow ignores them; warn reports each once; deny also reports every import of one. "+capitalize(d.Unassigned)+": "+d.UnassignedWhy+".")
	r.line("unassigned: %s", d.Unassigned)
	r.line("")
	r.comment("", "tests: what every analyzer reports in _test.go files. enforce checks them as their package, except setup (a test's writes of settings, context values or variables others own); exempt reports nothing there; a mapping such as {imports: exempt} sets one analyzer apart. "+capitalize(d.Tests)+": "+d.TestsWhy+".")
	r.line("tests: %s", d.Tests)
	r.line("")
}

func (r *renderer) components(d *Draft) {
	r.comment("", `components: name -> component. A package belongs to the component with the most specific matching pattern.
  doc: one line on what the component is for.
  packages: module-relative package patterns; "..." means the subtree, "." the module's root package.
  api: the packages other components may import; absent: all of them.
  depends_on: the components it may import; the standard library and third-party code are free.
  shared: any component may import it without listing it in depends_on.
  composition_root: wiring code (cmd): it may import the private packages of what it depends on and read their configuration; nothing may import it.`)
	r.line("components:")
	for i, c := range d.Components {
		if i > 0 {
			r.line("")
		}
		for _, cm := range c.Comments {
			r.comment("  ", cm)
		}
		r.debt(d, c.Name)
		r.line("  %s:", c.Name)
		if c.Doc != "" {
			r.line("    doc: %s", scalar(c.Doc))
		}
		r.line("    packages: %s", list(c.Packages))
		if c.API != nil {
			r.line("    api: %s", list(c.API))
		}
		if len(c.DependsOn) > 0 {
			r.line("    depends_on: %s", list(c.DependsOn))
		}
		if c.Shared {
			r.line("    shared: true")
		}
		if c.CompositionRoot {
			r.line("    composition_root: true")
		}
	}
}

// maxSites bounds the import statements listed for one debt edge; the
// baseline holds every one of them.
const maxSites = 10

// debt writes, above a component, the imports of it that depends_on
// leaves out to break loops, each at its file:line.
func (r *renderer) debt(d *Draft, name string) {
	for _, x := range d.Debt {
		if x.From != name {
			continue
		}
		r.comment("  ", fmt.Sprintf("Debt: %s imports %s (%s), which closes a loop of components, so depends_on leaves %s out and the baseline records these imports. Cut them, then remove their baseline entries:", x.From, x.To, plural(x.Imports, "import"), x.To))
		for i, s := range x.Sites {
			if i == maxSites {
				r.comment("  ", fmt.Sprintf("  and %d more", len(x.Sites)-maxSites))
				break
			}
			r.comment("  ", "  "+s)
		}
	}
}

func (r *renderer) mutual(d *Draft) {
	if len(d.Mutual) == 0 {
		return
	}
	r.line("")
	r.comment("", "mutual: pairs of components that import each other today. Each lists the other in depends_on; a loop between the two is then no cycle, while a longer loop still is. Break one direction, then remove the pair.")
	r.line("mutual:")
	for _, p := range d.Mutual {
		for _, b := range p.Because {
			r.comment("  ", "  "+b)
		}
		r.line("  - %s", list([]string{p.A, p.B}))
	}
}

func (r *renderer) external(d *Draft) {
	r.line("")
	if len(d.External) == 0 {
		r.comment("", "external: third-party import patterns reserved to some components; any other component importing one is reported. For example:\n  external:\n    github.com/stripe/stripe-go/...: [payments]")
		return
	}
	r.comment("", "external: third-party import patterns reserved to some components; any other component importing one is reported. Unlisted third-party imports are free.")
	r.line("external:")
	for _, x := range d.External {
		if x.Comment != "" {
			r.comment("  ", x.Comment)
		}
		r.line("  %s: %s", scalar(x.Pattern), list(x.To))
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// plain matches the strings YAML reads back unchanged without quotes, in
// a flow sequence or as a value.
var plain = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_./-]*$`)

// scalar quotes s unless YAML reads it back unchanged as it is.
func scalar(s string) string {
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n":
		return strconv.Quote(s)
	}
	if _, err := strconv.ParseFloat(s, 64); err != nil && plain.MatchString(s) {
		return s
	}
	return strconv.Quote(s)
}

func list(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = scalar(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
