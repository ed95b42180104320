package boundary

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileName is the spec's conventional name at the module root.
const FileName = "boundaries.yaml"

// Load reads and validates the spec at path. Its package patterns are
// relative to the spec's module key or, without one, to the module of the
// go.mod found by walking up from the spec's directory. Positions name the
// file relative to that module root.
func Load(path string) (*Spec, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading boundary spec: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	name, module := filepath.Base(path), ""
	if root, err := ModuleRoot(filepath.Dir(abs)); err == nil {
		if rel, err := filepath.Rel(root, abs); err == nil {
			name = filepath.ToSlash(rel)
		}
		module, _ = ModulePath(root)
	}
	return Parse(name, data, module)
}

// Parse decodes and validates a spec. name is how positions print the file;
// module is the module path that package patterns are relative to, used
// when the spec has no module key of its own.
func Parse(name string, data []byte, module string) (*Spec, error) {
	sum := sha256.Sum256(data)
	s := &Spec{Name: name, Hash: hex.EncodeToString(sum[:]), Tests: TestsEnforce, Unassigned: Allow}
	d := &decoder{file: name}

	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &Error{Pos: Pos{File: name, Line: yamlErrorLine(err), Col: 1}, Msg: "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	if len(doc.Content) == 0 {
		return nil, Errors{{Pos: Pos{File: name, Line: 1, Col: 1}, Msg: "the spec is empty; start it with \"version: 1\" and a components: mapping"}}
	}
	root := resolve(doc.Content[0])
	d.decodeSpec(s, root)
	if module != "" && s.Module == "" {
		s.Module = module
	}
	if s.Module == "" && len(d.errs) == 0 {
		d.errorf(root, "cannot tell which module the package patterns are relative to: no go.mod above the spec; add \"module: <module path>\"")
	}
	if len(d.errs) == 0 {
		d.validate(s)
	}
	if len(d.errs) > 0 {
		return nil, d.errs
	}
	return s, nil
}

func yamlErrorLine(err error) int {
	var line int
	if _, e := fmt.Sscanf(err.Error(), "yaml: line %d:", &line); e == nil {
		return line
	}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		return 1
	}
	return 1
}

func (d *decoder) decodeSpec(s *Spec, root *yaml.Node) {
	var versionSeen, componentsSeen bool
	d.mapping(root, "the spec", []string{"version", "module", "tests", "unassigned", "components", "external", "config", "data"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "version":
			versionSeen = true
			if n, ok := d.integer(v, "version"); ok && n != 1 {
				d.errorf(v, "unsupported spec version %d; this boundarylint reads \"version: 1\"", n)
			}
		case "module":
			if m, ok := d.str(v, "module"); ok {
				s.Module = strings.TrimSuffix(m, "/")
			}
		case "tests":
			if t, ok := d.str(v, "tests"); ok {
				if t != string(TestsEnforce) && t != string(TestsExempt) {
					d.errorf(v, "tests must be %q or %q, not %q", TestsEnforce, TestsExempt, t)
				}
				s.Tests = TestPolicy(t)
			}
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
		case "external":
			d.decodeExternal(s, v)
		case "config":
			d.decodeConfig(&s.Config, v)
		case "data":
			d.decodeData(&s.Data, v)
		}
	})
	if root.Kind != yaml.MappingNode {
		return
	}
	if !versionSeen {
		d.errorf(root, "missing version; add \"version: 1\" as the first line")
	}
	if !componentsSeen {
		d.errorf(root, "missing components; add a components: mapping with at least one component and its packages")
	}
}

func (d *decoder) decodeComponents(s *Spec, n *yaml.Node) {
	s.byName = map[string]*Component{}
	d.mapping(n, "components", nil, func(name string, k, v *yaml.Node) {
		c := &Component{Name: name, Pos: d.pos(k)}
		c.APIPos, c.DependsOnPos, c.IsolatedPos = c.Pos, c.Pos, c.Pos
		if !validName(name) {
			d.errorf(k, "component name %q: use letters, digits, '-' and '_' only", name)
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

func (d *decoder) decodeComponent(c *Component, n *yaml.Node) {
	what := "component " + c.Name
	packagesSeen := false
	d.mapping(n, what, []string{"doc", "packages", "api", "depends_on", "shared", "isolated", "strict_config", "owns"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "doc":
			c.Doc, _ = d.str(v, "doc")
		case "packages":
			packagesSeen = true
			c.Packages = d.patterns(v, what+" packages")
			if len(c.Packages) == 0 {
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
		case "isolated":
			c.IsolatedPos = d.pos(k)
			c.Isolated = d.boolean(v, "isolated")
		case "strict_config":
			c.StrictConfig = d.boolean(v, "strict_config")
		case "owns":
			d.decodeOwns(&c.Owns, v, what)
		}
	})
	if !packagesSeen && resolve(n).Kind == yaml.MappingNode {
		d.errorf(n, "%s has no packages key; add packages: [internal/%s/...]", what, c.Name)
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

func (d *decoder) claims(n *yaml.Node, what string) []Claim {
	var out []Claim
	d.strings(n, what, func(s string, item *yaml.Node) {
		if s == "" {
			d.errorf(item, "%s: empty name", what)
			return
		}
		out = append(out, Claim{Pattern: s, Pos: d.pos(item)})
	})
	return out
}

func (d *decoder) decodeOwns(o *Owns, n *yaml.Node, what string) {
	what += " owns"
	d.mapping(n, what, []string{"env", "config", "fields", "tables"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "env":
			o.Env = d.claims(v, what+" env")
		case "config":
			o.Config = d.claims(v, what+" config")
		case "tables":
			o.Tables = d.claims(v, what+" tables")
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

// parseFieldClaim parses <module-relative package>.<Type>.<Field>[.<Field>...].
func parseFieldClaim(s string) (FieldClaim, error) {
	dir, last := "", s
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		dir, last = s[:i+1], s[i+1:]
	}
	parts := strings.Split(last, ".")
	if len(parts) < 3 || contains(parts, "") {
		return FieldClaim{}, fmt.Errorf("field %q: write <package>.<Type>.<Field>, as in internal/config.Config.Payments", s)
	}
	return FieldClaim{Package: dir + parts[0], Type: parts[1], Path: parts[2:]}, nil
}

// parseFunc parses <import path>.<Func> or <import path>.<Type>.<Method>;
// a receiver may be written with a star, as in (*T).M or *T.M.
func parseFunc(s string) (Func, error) {
	dir, last := "", s
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		dir, last = s[:i+1], s[i+1:]
	}
	last = strings.NewReplacer("(", "", ")", "", "*", "").Replace(last)
	parts := strings.Split(last, ".")
	if len(parts) < 2 || len(parts) > 3 || contains(parts, "") {
		return Func{}, fmt.Errorf("func %q: write <import path>.<Func> or <import path>.<Type>.<Method>, as in example.com/monolith/internal/config.String", s)
	}
	f := Func{Package: dir + parts[0], Name: parts[len(parts)-1]}
	if len(parts) == 3 {
		f.Type = parts[1]
	}
	return f, nil
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

func (d *decoder) decodeConfig(c *ConfigSettings, n *yaml.Node) {
	d.mapping(n, "config", []string{"shared", "readers", "accessors"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "shared":
			d.mapping(v, "config shared", []string{"env", "config"}, func(key string, k, v *yaml.Node) {
				if key == "env" {
					c.SharedEnv = d.claims(v, "config shared env")
				} else {
					c.SharedConfig = d.claims(v, "config shared config")
				}
			})
		case "readers":
			c.Readers = d.refs(v, "config readers")
		case "accessors":
			d.sequence(v, "config accessors", func(item *yaml.Node) {
				a := Accessor{Pos: d.pos(item), Kind: ConfigKey}
				keySeen := false
				d.mapping(item, "accessor", []string{"func", "key", "kind"}, func(key string, k, v *yaml.Node) {
					switch key {
					case "func":
						a.Func = d.function(v)
					case "key":
						keySeen = true
						a.Key, _ = d.integer(v, "key")
					case "kind":
						if s, ok := d.str(v, "kind"); ok {
							if s != string(EnvKey) && s != string(ConfigKey) {
								d.errorf(v, "accessor kind must be env or config, not %q", s)
							}
							a.Kind = AccessKind(s)
						}
					}
				})
				if a.Func.Name == "" || !keySeen {
					d.errorf(item, "an accessor needs func and key, as in {func: example.com/monolith/internal/config.String, key: 0, kind: config}")
				}
				c.Accessors = append(c.Accessors, a)
			})
		}
	})
}

func (d *decoder) function(v *yaml.Node) Func {
	s, ok := d.str(v, "func")
	if !ok {
		return Func{}
	}
	f, err := parseFunc(s)
	if err != nil {
		d.errorf(v, "%v", err)
	}
	return f
}

func (d *decoder) decodeData(c *DataSettings, n *yaml.Node) {
	d.mapping(n, "data", []string{"shared_tables", "transaction_types", "queries", "runners"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "shared_tables":
			c.SharedTables = d.claims(v, "data shared_tables")
		case "transaction_types":
			d.strings(v, "data transaction_types", func(s string, item *yaml.Node) {
				f, err := parseFunc(s)
				if err != nil || f.Type != "" {
					d.errorf(item, "transaction type %q: write <import path>.<Type>, as in github.com/jmoiron/sqlx.Tx", s)
					return
				}
				c.TransactionTypes = append(c.TransactionTypes, TypeName{Package: f.Package, Name: f.Name, Pos: d.pos(item)})
			})
		case "queries", "runners":
			arg := map[string]string{"queries": "sql", "runners": "callback"}[key]
			d.sequence(v, "data "+key, func(item *yaml.Node) {
				var f Func
				idx, idxSeen := 0, false
				d.mapping(item, "data "+key+" entry", []string{"func", arg}, func(key string, k, v *yaml.Node) {
					if key == "func" {
						f = d.function(v)
					} else {
						idxSeen = true
						idx, _ = d.integer(v, arg)
					}
				})
				if f.Name == "" || !idxSeen {
					d.errorf(item, "a %s entry needs func and %s, as in {func: example.com/monolith/internal/platform/db.Exec, %s: 1}", key, arg, arg)
				}
				if key == "queries" {
					c.Queries = append(c.Queries, Query{Func: f, SQL: idx, Pos: d.pos(item)})
				} else {
					c.Runners = append(c.Runners, Runner{Func: f, Callback: idx, Pos: d.pos(item)})
				}
			})
		}
	})
}
