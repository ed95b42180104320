package boundary

import (
	"go/token"
	"strings"

	"gopkg.in/yaml.v3"
)

// The config and data sections declare what the config and tx analyzers
// treat as accessors, shared names, transactions, queries and runners.

func (d *decoder) decodeConfig(c *ConfigSettings, n *yaml.Node) {
	d.mapping(n, "config", []string{"shared", "readers", "accessors", "getters"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "shared":
			d.mapping(v, "config shared", []string{"env", "config"}, func(key string, k, v *yaml.Node) {
				if key == "env" {
					c.SharedEnv = d.claims(v, "config shared env", envName)
				} else {
					c.SharedConfig = d.claims(v, "config shared config", configName)
				}
			})
		case "readers":
			c.Readers = d.refs(v, "config readers")
		case "accessors":
			d.sequence(v, "config accessors", func(item *yaml.Node) {
				c.Accessors = append(c.Accessors, d.accessor(item))
			})
		case "getters":
			d.sequence(v, "config getters", func(item *yaml.Node) {
				c.Getters = append(c.Getters, d.getter(item))
			})
		}
	})
}

func (d *decoder) accessor(item *yaml.Node) Accessor {
	const example = "{func: example.com/monolith/internal/config.String, key: 0, kind: config}"
	a := Accessor{Pos: d.pos(item), Kind: ConfigKey}
	var funcSeen, keySeen bool
	d.mapping(item, "accessor", []string{"func", "key", "kind"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "func":
			funcSeen = true
			a.Func = d.function(v)
		case "key":
			keySeen = true
			a.Key, _ = d.integer(v, "accessor key")
		case "kind":
			a.Kind = d.accessKind(v, "accessor")
		}
	})
	d.requireEntryKeys(item, "accessor", funcSeen, keySeen, "key", "the index of the key argument, counting from 0", example)
	return a
}

func (d *decoder) getter(item *yaml.Node) Getter {
	const example = "{func: example.com/monolith/internal/config.Options.PollingFrequency, key: POLLING_FREQUENCY, kind: env}"
	g := Getter{Pos: d.pos(item), Kind: ConfigKey}
	var funcSeen, keySeen bool
	var keyNode *yaml.Node
	d.mapping(item, "getter", []string{"func", "key", "kind"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "func":
			funcSeen = true
			g.Func = d.function(v)
		case "key":
			keySeen, keyNode = true, v
			g.Key, _ = d.str(v, "getter key")
		case "kind":
			g.Kind = d.accessKind(v, "getter")
		}
	})
	d.requireEntryKeys(item, "getter", funcSeen, keySeen, "key", "the env var or config key the function returns", example)
	if keyNode != nil && g.Key != "" {
		kind := configName
		if g.Kind == EnvKey {
			kind = envName
		}
		if msg := kind.shapeProblem(g.Key); msg != "" {
			d.errorf(keyNode, "getter key: %s", msg)
		} else if strings.Contains(g.Key, "*") {
			d.errorf(keyNode, "getter key %q: a getter returns one setting, so write its name without '*'", g.Key)
		}
	}
	return g
}

// accessKind decodes the kind of an accessor or getter: env or config.
func (d *decoder) accessKind(v *yaml.Node, what string) AccessKind {
	s, ok := d.str(v, what+" kind")
	if !ok {
		return ConfigKey
	}
	if s != string(EnvKey) && s != string(ConfigKey) {
		d.errorf(v, "%s kind must be env or config, not %q", what, s)
	}
	return AccessKind(s)
}

// requireEntryKeys reports a func-plus-argument entry that lacks one of the two.
func (d *decoder) requireEntryKeys(item *yaml.Node, what string, funcSeen, argSeen bool, arg, argDoc, example string) {
	if r := resolve(item); r.Kind != yaml.MappingNode && !isNull(r) {
		return // already reported as not a mapping
	}
	switch {
	case !funcSeen && !argSeen:
		d.errorf(item, "%s needs func and %s, as in %s", what, arg, example)
	case !funcSeen:
		d.errorf(item, "%s has no func; add the function's full name, as in %s", what, example)
	case !argSeen:
		d.errorf(item, "%s has no %s; add %s: <%s>, as in %s", what, arg, arg, argDoc, example)
	}
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
			c.SharedTables = d.claims(v, "data shared_tables", tableName)
		case "transaction_types":
			d.strings(v, "data transaction_types", func(s string, item *yaml.Node) {
				f, err := parseFunc(s)
				if err != nil || f.Type != "" {
					d.errorf(item, "transaction type %q: write <import path>.<Type>, as in github.com/jmoiron/sqlx.Tx", s)
					return
				}
				c.TransactionTypes = append(c.TransactionTypes, TypeName{Package: f.Package, Name: f.Name, Pos: d.pos(item)})
			})
		case "queries":
			d.sequence(v, "data queries", func(item *yaml.Node) {
				f, idx := d.funcArg(item, "query", "sql", "the index of the SQL text argument, counting from 0")
				c.Queries = append(c.Queries, Query{Func: f, SQL: idx, Pos: d.pos(item)})
			})
		case "runners":
			d.sequence(v, "data runners", func(item *yaml.Node) {
				f, idx := d.funcArg(item, "runner", "callback", "the index of the callback argument, counting from 0")
				c.Runners = append(c.Runners, Runner{Func: f, Callback: idx, Pos: d.pos(item)})
			})
		}
	})
}

// decodeEvents reads the events section: the functions that publish or
// subscribe with a topic argument, written as data.queries are.
func (d *decoder) decodeEvents(c *EventSettings, n *yaml.Node) {
	const example = "{func: example.com/monolith/internal/platform/bus.Publish, topic: 0}"
	d.mapping(n, "events", []string{"publishers", "subscribers"}, func(key string, k, v *yaml.Node) {
		what := strings.TrimSuffix(key, "s")
		d.sequence(v, "events "+key, func(item *yaml.Node) {
			b := d.bus(item, what, example)
			if key == "publishers" {
				c.Publishers = append(c.Publishers, b)
			} else {
				c.Subscribers = append(c.Subscribers, b)
			}
		})
	})
}

// bus decodes a {func: ..., topic: N[, method: M]} entry of the events
// section.
func (d *decoder) bus(item *yaml.Node, what, example string) Bus {
	b := Bus{Pos: d.pos(item)}
	var funcSeen, topicSeen bool
	d.mapping(item, what, []string{"func", "topic", "method"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "func":
			funcSeen = true
			b.Func = d.function(v)
		case "topic":
			topicSeen = true
			b.Topic, _ = d.integer(v, what+" topic")
		case "method":
			if m, ok := d.str(v, what+" method"); ok {
				if !token.IsIdentifier(m) {
					d.errorf(v, "%s method %q: write the name of a method without arguments, as in method: Name", what, m)
				}
				b.Method = m
			}
		}
	})
	d.requireEntryKeys(item, what, funcSeen, topicSeen, "topic", "the index of the topic argument, counting from 0", example)
	return b
}

// funcArg decodes a {func: ..., <arg>: N} entry of the data section.
func (d *decoder) funcArg(item *yaml.Node, what, arg, argDoc string) (Func, int) {
	return d.funcArgLike(item, what, arg, argDoc, "{func: example.com/monolith/internal/platform/db.Exec, "+arg+": 1}")
}

// funcArgLike decodes a {func: ..., <arg>: N} entry; example is what the
// error messages quote.
func (d *decoder) funcArgLike(item *yaml.Node, what, arg, argDoc, example string) (Func, int) {
	var f Func
	idx, funcSeen, argSeen := 0, false, false
	d.mapping(item, what, []string{"func", arg}, func(key string, k, v *yaml.Node) {
		if key == "func" {
			funcSeen = true
			f = d.function(v)
		} else {
			argSeen = true
			idx, _ = d.integer(v, what+" "+arg)
		}
	})
	d.requireEntryKeys(item, what, funcSeen, argSeen, arg, argDoc, example)
	return f, idx
}
