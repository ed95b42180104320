package boundary

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// Parse decodes and validates a spec. name is how positions print the file;
// module is the module path that package patterns are relative to, used
// when the spec has no module key of its own. A failure is an Errors value
// listing every problem found, in file order.
func Parse(name string, data []byte, module string) (*Spec, error) {
	return ParseIn(name, data, module, Found{})
}

// Found says where a spec's file was found, which the model does not read
// itself: modspec.Load tells ParseIn.
type Found struct {
	// Tree is the directory tree of module, the module holding the file
	// (nil: unknown): its directories with a go.mod of their own are
	// other modules, whatever their import paths, for the validation and
	// for every query.
	Tree ModuleTree

	// RealName, when given, is how positions name the file instead of
	// name when its module key names another module than module:
	// relative to the root of the module holding it, the name would read
	// as a file of the module it describes.
	RealName string
}

// ParseIn is Parse for a spec file found where found says.
func ParseIn(name string, data []byte, module string, found Found) (*Spec, error) {
	return parse(name, data, module, found, "")
}

// ParseValidated is ParseIn for content that ParseIn has accepted before:
// validated is the Hash of the Spec it returned, without error, for the
// same name, module and found (the same file, in the same module tree).
// When data has that hash, the checks of the whole spec (names that refer
// to components, claims made twice or overlapping, api packages outside
// their component, depends_on cycles, ...), which report errors and
// compute nothing the queries read, could only pass again and are
// skipped: the result is the Spec ParseIn would return. With any other
// validated ("" included) it is ParseIn. Decoding, which builds the Spec
// and reports the errors of single entries, is done in full either way.
//
// The caller vouches for the earlier acceptance: boundarylint's go vet
// units pass the hash that -V=full of their own go vet run validated.
func ParseValidated(name string, data []byte, module string, found Found, validated string) (*Spec, error) {
	return parse(name, data, module, found, validated)
}

// parse is ParseIn, skipping validate when data has the hash validated.
func parse(name string, data []byte, module string, found Found, validated string) (*Spec, error) {
	sum := sha256.Sum256(data)
	s := &Spec{Name: name, Hash: hex.EncodeToString(sum[:]), Tests: DefaultTests(), Unassigned: Allow, owners: new(ownerMemo)}
	d := &decoder{file: name}

	root := d.document(data)
	if root == nil {
		return nil, d.errs
	}
	if m, ok := moduleKey(root); ok && found.RealName != "" && m != module {
		s.Name, d.file = found.RealName, found.RealName
	}
	d.decodeSpec(s, root)
	if module != "" && s.Module == "" {
		s.Module = strings.TrimSuffix(module, "/")
	}
	if found.Tree != nil && s.Module == module {
		s.tree = found.Tree
	}
	if s.Module == "" && len(d.errs) == 0 {
		d.errorf(root, "cannot tell which module the package patterns are relative to: no go.mod above the spec; add \"module: <module path>\"")
	}
	if len(d.errs) == 0 && validated != s.Hash {
		d.validate(s) // pure checks: it reports errors and sets nothing (TestParseValidatedBuildsTheSameSpec)
	}
	if len(d.errs) > 0 {
		d.errs.Sort()
		if d.dropped > 0 {
			last := d.errs[len(d.errs)-1].Pos
			d.errs = append(d.errs, &Error{Pos: last, Msg: fmt.Sprintf("and %d more errors; fix these first", d.dropped)})
		}
		return nil, d.errs
	}
	return s, nil
}

// document parses data as exactly one YAML document and returns its root,
// or nil after recording why there is no usable one.
func (d *decoder) document(data []byte) *yaml.Node {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		d.yamlError(err, data)
		return nil
	}
	if len(doc.Content) == 0 || isNull(resolve(doc.Content[0])) {
		d.errs = append(d.errs, &Error{Pos: Pos{File: d.file, Line: 1, Col: 1}, Msg: "the spec is empty; start it with \"version: 1\" and a components: mapping"})
		return nil
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		line := next.Line
		if len(next.Content) > 0 {
			line = next.Content[0].Line
		}
		d.errs = append(d.errs, &Error{Pos: Pos{File: d.file, Line: line, Col: 1}, Msg: "a second YAML document starts here; a spec is one document: remove the \"---\" separator and merge the two"})
		return nil
	case !errors.Is(err, io.EOF):
		d.yamlError(err, data)
		return nil
	}
	return d.expandAliases(resolve(doc.Content[0]))
}

// yamlError records a syntax error from yaml.v3, which gives a line (or
// none for line 1) but no column. Where the problem is a byte YAML does
// not allow or a tab in the indentation, it finds the place itself:
// yaml.v3 reports the first at no line and the second, at times, on the
// line before.
func (d *decoder) yamlError(err error, data []byte) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if _, e := fmt.Sscanf(msg, "line %d:", &line); e == nil {
		msg = strings.TrimSpace(msg[strings.IndexByte(msg, ':')+1:])
		if parserProblem(msg) {
			line++ // yaml.v3 counts parser (not scanner) error lines from 0
		}
	}
	if l, c, what, ok := badByte(data); ok {
		d.errs = append(d.errs, &Error{Pos: Pos{File: d.file, Line: l, Col: c}, Msg: "invalid YAML: the spec holds " + what})
		return
	}
	if strings.Contains(msg, "tab character") || msg == "found character that cannot start any token" {
		if l, c, ok := tabIndent(data, line); ok && l <= line+1 {
			d.errs = append(d.errs, &Error{Pos: Pos{File: d.file, Line: l, Col: c}, Msg: "invalid YAML: a tab in the indentation; indent with spaces only"})
			return
		}
	}
	d.errs = append(d.errs, &Error{
		Pos: Pos{File: d.file, Line: line, Col: 1},
		Msg: "invalid YAML: " + msg + "; check the indentation (spaces, not tabs), close every bracket and quote, and quote values that contain \": \" or start with '*', '&' or '!'",
	})
}

// parserProblem reports whether msg is one of the problems yaml.v3's parser,
// rather than its scanner, reports.
func parserProblem(msg string) bool {
	for _, p := range []string{
		"did not find expected <stream-start>", "did not find expected <document start>",
		"did not find expected ',' or ']'", "did not find expected ',' or '}'",
		"did not find expected '-' indicator", "did not find expected key", "did not find expected node content",
		"found duplicate %TAG directive", "found duplicate %YAML directive", "found incompatible YAML document",
		"found undefined tag handle",
	} {
		if msg == p {
			return true
		}
	}
	return false
}

// moduleKey returns the value of the spec's module key, read before the
// spec is decoded (which names positions): ok is false when root has no
// module key with a string value, which decoding reports.
func moduleKey(root *yaml.Node) (string, bool) {
	if root.Kind != yaml.MappingNode {
		return "", false
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k, v := root.Content[i], root.Content[i+1]; k.Value == "module" && v.Kind == yaml.ScalarNode && v.Tag == "!!str" {
			return v.Value, true
		}
	}
	return "", false
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func (d *decoder) decodeSpec(s *Spec, root *yaml.Node) {
	var versionSeen, componentsSeen bool
	d.mapping(root, "the spec", []string{"version", "module", "tests", "unassigned", "components", "mutual", "external", "config", "data", "events"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "version":
			versionSeen = true
			if n, ok := d.integer(v, "version"); ok && n != 1 {
				d.errorf(v, "unsupported spec version %d; this boundarylint reads \"version: 1\"", n)
			}
		case "module":
			s.ModulePos = d.pos(v)
			if m, ok := d.str(v, "module"); ok {
				if p, err := ParsePattern(m); err != nil || p.Subtree || m == "." {
					d.errorf(v, "module must be a module path, as in \"module: example.com/monolith\", not %q", m)
				}
				s.Module, s.ModulePos = m, d.pos(v)
			}
		case "tests":
			d.decodeTests(&s.Tests, v)
		case "unassigned":
			s.UnassignedPos = d.pos(v)
			if p, ok := d.str(v, "unassigned"); ok {
				if p != string(Allow) && p != string(Warn) && p != string(Deny) {
					d.errorf(v, "unassigned must be allow, warn or deny, not %q", p)
				}
				s.Unassigned = Policy(p)
			}
		case "components":
			componentsSeen = true
			d.decodeComponents(s, v)
		case "mutual":
			d.decodeMutual(s, v)
		case "external":
			d.decodeExternal(s, v)
		case "config":
			d.decodeConfig(&s.Config, v)
		case "data":
			d.decodeData(&s.Data, v)
		case "events":
			d.decodeEvents(&s.Events, v)
		}
	})
	if root.Kind != yaml.MappingNode {
		return
	}
	if !versionSeen && d.suggested["version"] == 0 {
		d.errorf(root, "missing version; add \"version: 1\" as the first line")
	}
	if !componentsSeen && d.suggested["components"] == 0 {
		d.errorf(root, "missing components; add a components: mapping with at least one component and its packages")
	}
}

func (d *decoder) decodeComponents(s *Spec, n *yaml.Node) {
	s.byName = map[string]*Component{}
	d.mapping(n, "components", nil, func(name string, k, v *yaml.Node) {
		c := &Component{Name: name, Pos: d.pos(k)}
		c.APIPos, c.DependsOnPos, c.IsolatedPos, c.StrictConfigPos, c.CompositionRootPos = c.Pos, c.Pos, c.Pos, c.Pos, c.Pos
		if !validName(name) {
			d.errorf(k, "component name %q: use letters, digits, '-' and '_' only, as in %q", name, fixName(name))
		}
		d.decodeComponent(c, v)
		s.Components = append(s.Components, c)
		s.byName[name] = c
	})
	if r := resolve(n); len(s.Components) == 0 && (r.Kind == yaml.MappingNode || r.Tag == "!!null") {
		d.errorf(n, "components is empty; declare at least one component with its packages")
	}
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// fixName suggests a valid component name for s.
func fixName(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		if validName(string(r)) {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "payments"
	}
	return b.String()
}

func (d *decoder) decodeComponent(c *Component, n *yaml.Node) {
	what := "component " + c.Name
	packagesSeen, suggested := false, d.suggested["packages"]
	d.mapping(n, what, []string{"doc", "packages", "api", "depends_on", "shared", "in_process", "isolated", "strict_config", "composition_root", "owns"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "doc":
			c.Doc, _ = d.str(v, "doc")
		case "packages":
			packagesSeen = true
			before := len(d.errs)
			c.Packages = d.patterns(v, what+" packages")
			if len(c.Packages) == 0 && len(d.errs) == before {
				d.errorf(v, "%s has no packages; list its module-relative package patterns, such as [internal/%s/...]", what, c.Name)
			}
		case "api":
			c.APIPos = d.pos(k)
			c.API = d.patterns(v, what+" api")
			if c.API == nil {
				c.API = []Pattern{} // "api: []": nothing is public
			}
		case "depends_on":
			c.DependsOnPos = d.pos(k)
			c.DependsOn = d.refs(v, what+" depends_on")
		case "shared":
			c.Shared = d.boolean(v, "shared")
		case "in_process":
			c.InProcess = d.boolean(v, "in_process")
		case "isolated":
			c.IsolatedPos = d.pos(k)
			c.Isolated = d.boolean(v, "isolated")
		case "strict_config":
			c.StrictConfigPos = d.pos(k)
			c.StrictConfig = d.boolean(v, "strict_config")
		case "composition_root":
			c.CompositionRootPos = d.pos(k)
			c.CompositionRoot = d.boolean(v, "composition_root")
		case "owns":
			d.decodeOwns(&c.Owns, v, what)
		}
	})
	if r := resolve(n); !packagesSeen && d.suggested["packages"] == suggested && (r.Kind == yaml.MappingNode || isNull(r)) {
		d.errorAt(c.Pos, "%s has no packages key; add packages: [internal/%s/...]", what, c.Name)
	}
}

func (d *decoder) patterns(n *yaml.Node, what string) []Pattern {
	var out []Pattern
	d.strings(n, what, func(s string, item *yaml.Node) {
		p, err := ParsePattern(s)
		if err != nil {
			d.errorf(item, "%s: %v", what, err)
			return
		}
		p.Pos = d.pos(item)
		out = append(out, p)
	})
	return out
}

func (d *decoder) refs(n *yaml.Node, what string) []Ref {
	var out []Ref
	d.strings(n, what, func(s string, item *yaml.Node) {
		out = append(out, Ref{Name: s, Pos: d.pos(item)})
	})
	return out
}

func (d *decoder) decodeOwns(o *Owns, n *yaml.Node, what string) {
	what += " owns"
	d.mapping(n, what, []string{"env", "config", "fields", "tables", "context", "topics"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "env":
			o.Env = d.claims(v, what+" env", envName)
		case "config":
			o.Config = d.claims(v, what+" config", configName)
		case "tables":
			o.Tables = d.claims(v, what+" tables", tableName)
		case "context":
			o.Context = d.keyClaims(v, what+" context")
		case "topics":
			o.Topics = d.claims(v, what+" topics", topicName)
		case "fields":
			d.strings(v, what+" fields", func(s string, item *yaml.Node) {
				f, err := parseFieldClaim(s)
				if err != nil {
					d.errorf(item, "%s: %v", what+" fields", err)
					return
				}
				f.Pos = d.pos(item)
				o.Fields = append(o.Fields, f)
			})
		}
	})
}

func (d *decoder) decodeMutual(s *Spec, n *yaml.Node) {
	d.sequence(n, "mutual", func(item *yaml.Node) {
		refs := d.refs(item, "mutual entry")
		if len(refs) != 2 || refs[0].Name == refs[1].Name {
			if item.Kind == yaml.SequenceNode || isNull(item) { // a scalar or a mapping: refs said why
				d.errorf(item, "a mutual entry names two different components, as in [routers, services]")
			}
			return
		}
		s.Mutual = append(s.Mutual, MutualPair{A: refs[0], B: refs[1], Pos: d.pos(item)})
	})
}

func (d *decoder) decodeExternal(s *Spec, n *yaml.Node) {
	d.mapping(n, "external", nil, func(key string, k, v *yaml.Node) {
		p, err := ParsePattern(key)
		if err != nil {
			d.errorf(k, "external: %v", err)
			return
		}
		p.Pos = d.pos(k)
		r := &Reservation{Pattern: p, Pos: d.pos(k), To: d.refs(v, "external "+key)}
		if len(r.To) == 0 {
			d.errorf(v, "external %s reserves the import to nobody; list the components that may import it", key)
		}
		s.External = append(s.External, r)
	})
}
