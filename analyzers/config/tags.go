package config

import (
	"go/ast"
	"go/types"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/boundary"
)

// maxDepth bounds the descent into nested structs (a pointer cycle would
// otherwise never end).
const maxDepth = 8

// checkTags checks the environment variables a struct declaration binds
// through tags: env:"NAME" (caarlos0/env), with every envPrefix:"P_" of the
// struct fields above it in the same declaration, and envconfig:"name"
// (kelseyhightower/envconfig, which always also reads the upper-cased tag
// without prefix).
func (c *checker) checkTags(st *ast.StructType) {
	for _, f := range st.Fields.List {
		if f.Tag == nil {
			continue
		}
		raw, err := strconv.Unquote(f.Tag.Value)
		if err != nil {
			continue
		}
		tag := reflect.StructTag(raw)
		if name := envName(tag); name != "" {
			c.checkKey(f.Tag.Pos(), boundary.EnvKey, "reads", name, "through struct tag env:\""+name+"\"")
		}
		if alt := strings.ToUpper(tag.Get("envconfig")); alt != "" {
			c.checkKey(f.Tag.Pos(), boundary.EnvKey, "reads", alt, "through struct tag envconfig:\""+tag.Get("envconfig")+"\"")
		}
		if prefix, ok := tag.Lookup("envPrefix"); ok && prefix != "" {
			via := "through struct tag envPrefix:\"" + prefix + "\""
			for _, name := range prefixedEnvNames(c.pass.TypesInfo.TypeOf(f.Type), prefix, 0) {
				c.checkKey(f.Tag.Pos(), boundary.EnvKey, "reads", name, via)
			}
		}
	}
}

// envName returns the variable an env tag names: the text before the first
// comma (the rest are options such as required or file).
func envName(tag reflect.StructTag) string {
	name, _, _ := strings.Cut(tag.Get("env"), ",")
	return name
}

// prefixedEnvNames returns the variables caarlos0/env reads for the fields
// of the struct t when its field carries envPrefix:"prefix".
func prefixedEnvNames(t types.Type, prefix string, depth int) []string {
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok || depth > maxDepth {
		return nil
	}
	var out []string
	for i := 0; i < st.NumFields(); i++ {
		tag := reflect.StructTag(st.Tag(i))
		if name := envName(tag); name != "" {
			out = append(out, prefix+name)
		}
		if p, ok := tag.Lookup("envPrefix"); ok {
			out = append(out, prefixedEnvNames(st.Field(i).Type(), prefix+p, depth+1)...)
		}
	}
	return out
}

// checkEnvconfig checks envconfig.Process(prefix, &spec) and MustProcess:
// with a constant prefix and a struct type, every variable they read is
// known. It reports whether call is such a call.
func (c *checker) checkEnvconfig(call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg().Path() != "github.com/kelseyhightower/envconfig" || typenames.RecvName(fn) != "" ||
		(fn.Name() != "Process" && fn.Name() != "MustProcess") || len(call.Args) != 2 {
		return false
	}
	via := "envconfig." + fn.Name()
	prefix, ok := c.fold.String(call.Args[0])
	if !ok {
		c.unverifiable(call.Args[0].Pos(), boundary.EnvKey, "reads", via)
		return true
	}
	for _, v := range envconfigVars(c.pass.TypesInfo.TypeOf(call.Args[1]), prefix, 0) {
		if v.bare && c.spec.ComponentOf(v.field.Pkg().Path()) == c.comp {
			continue // the tag itself is checked, for this component, where the struct is declared
		}
		c.checkKey(call.Pos(), boundary.EnvKey, "reads", v.name, "through "+via+" (field "+v.field.Name()+")")
	}
	return true
}

// envconfigVar is one variable envconfig reads for a field. bare marks the
// upper-cased envconfig tag itself, which envconfig reads when the prefixed
// name is unset and which is checked where the struct is declared.
type envconfigVar struct {
	name  string
	bare  bool
	field *types.Var
}

// envconfigVars follows kelseyhightower/envconfig's gatherInfo: the key is
// the tag or the field name (split_words:"true" splits it at case changes),
// prefixed with "PREFIX_" and upper-cased; a nested struct's fields take the
// field's key as their prefix (an embedded struct keeps the outer prefix),
// unless the struct decodes itself. Unexported and ignored fields are skipped.
func envconfigVars(t types.Type, prefix string, depth int) []envconfigVar {
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok || depth > maxDepth {
		return nil
	}
	var out []envconfigVar
	for i := 0; i < st.NumFields(); i++ {
		f, tag := st.Field(i), reflect.StructTag(st.Tag(i))
		if !f.Exported() || tag.Get("ignored") == "true" {
			continue
		}
		alt := strings.ToUpper(tag.Get("envconfig"))
		key := alt
		if key == "" {
			key = f.Name()
			if tag.Get("split_words") == "true" {
				key = splitWords(key)
			}
		}
		if prefix != "" {
			key = prefix + "_" + key
		}
		key = strings.ToUpper(key)
		if _, isStruct := deref(f.Type()).Underlying().(*types.Struct); isStruct && !decodesItself(f.Type()) {
			inner := key
			if f.Embedded() {
				inner = prefix
			}
			out = append(out, envconfigVars(f.Type(), inner, depth+1)...)
			continue
		}
		out = append(out, envconfigVar{key, key == alt, f})
		if alt != "" && alt != key {
			out = append(out, envconfigVar{alt, true, f})
		}
	}
	return out
}

// decodesItself reports whether envconfig would decode a struct-typed
// field as one value: it implements Decode, Set, UnmarshalText or
// UnmarshalBinary (time.Time does).
func decodesItself(t types.Type) bool {
	ms := types.NewMethodSet(types.NewPointer(deref(t)))
	for _, name := range []string{"Decode", "Set", "UnmarshalText", "UnmarshalBinary"} {
		if ms.Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}

// The expressions envconfig's split_words uses.
var (
	wordRE    = regexp.MustCompile("([^A-Z]+|[A-Z]+[^A-Z]+|[A-Z]+)")
	acronymRE = regexp.MustCompile("([A-Z]+)([A-Z][^A-Z]+)")
)

// splitWords splits a Go name at case changes exactly as envconfig's
// split_words does: WebhookSecret -> Webhook_Secret, APIKey -> API_Key.
func splitWords(name string) string {
	var words []string
	for _, w := range wordRE.FindAllString(name, -1) {
		if m := acronymRE.FindStringSubmatch(w); len(m) == 3 {
			words = append(words, m[1], m[2])
		} else {
			words = append(words, w)
		}
	}
	return strings.Join(words, "_")
}
