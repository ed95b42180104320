// Package schema checks boundary/boundaries.schema.json against the
// loader: every spec the loader accepts is valid under the schema, every
// structural mistake the loader rejects (unknown keys, wrong types) is
// invalid under it, and each mapping of the schema lists exactly the keys
// the loader knows there. It is a nested module so that the validator
// stays out of boundarylint's go.mod.
package schema

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/boundarylint/boundarylint/boundary"
)

const schemaPath = "../../boundary/boundaries.schema.json"

func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	s, err := c.Compile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validate decodes YAML as a YAML-aware editor would and validates it.
func validate(s *jsonschema.Schema, src []byte) error {
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		return err
	}
	data, err := json.Marshal(v)
	if err != nil {
		return err // a key that is not a string
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// TestValidSpecsMatchSchema validates every YAML file of the repository
// that the loader accepts.
func TestValidSpecsMatchSchema(t *testing.T) {
	s := compile(t)
	n := 0
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git" || d.Name() == "bin") {
			return filepath.SkipDir
		}
		if d.IsDir() || !(strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if _, err := boundary.Parse(filepath.Base(path), src, "example.com/any"); err != nil {
			return nil // not a spec, or an invalid one on purpose
		}
		n++
		if err := validate(s, src); err != nil {
			t.Errorf("%s: the loader accepts it, the schema does not:\n%v", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 5 {
		t.Errorf("validated %d specs; the walk found too few", n)
	}
}

// TestStructuralMistakesRejectedByBoth checks that the mistakes an editor
// can catch are rejected by the loader and by the schema alike.
func TestStructuralMistakesRejectedByBoth(t *testing.T) {
	s := compile(t)
	const c = "version: 1\ncomponents:\n  a:\n    packages: [a/...]\n"
	for _, src := range []string{
		"version: 1\ncomponents:\n  a: {packages: [a/...]}\nsepc: x\n",
		"version: 2\ncomponents:\n  a: {packages: [a/...]}\n",
		"components:\n  a: {packages: [a/...]}\n",
		"version: 1\n",
		"version: 1\ncomponents:\n  a: {packges: [a/...]}\n",
		"version: 1\ncomponents:\n  a: {}\n",
		"version: 1\ncomponents:\n  a: {packages: a/...}\n",
		"version: 1\ncomponents:\n  a: {packages: [a/...], shared: yes please}\n",
		"version: 1\ncomponents:\n  a b: {packages: [a/...]}\n",
		c + "    owns: {env: [A], secrets: [B]}\n",
		c + "    owns: {env: A}\n",
		c + "    owns: {env: [\"A, B\"]}\n",
		c + "    depends_on: platform\n",
		c + "unassigned: maybe\n",
		c + "tests: skip\n",
		c + "tests: [imports]\n",
		c + "tests: ~\n",
		c + "tests: {imports: skip}\n",
		c + "tests: {ctxstat: exempt}\n",
		c + "config: {readers: [a], writers: [a]}\n",
		c + "config: {shared: {envs: [A]}}\n",
		c + "config: {accessors: [{func: example.com/m/c.String}]}\n",
		c + "config: {accessors: [{func: example.com/m/c.String, key: -1}]}\n",
		c + "config: {accessors: [{func: example.com/m/c.String, key: 0, kind: file}]}\n",
		c + "config: {getters: [{func: example.com/m/c.Port}]}\n",
		c + "config: {getters: [{func: example.com/m/c.Port, key: PORT_*}]}\n",
		c + "config: {getters: [{func: example.com/m/c.Port, key: PORT, kind: flag}]}\n",
		c + "data: {queries: [{func: example.com/m/db.Exec, sql: one}]}\n",
		c + "data: {runners: [{func: example.com/m/db.InTx, arg: 1}]}\n",
		c + "data: {tables: [x]}\n",
		c + "events: {publishers: [{func: example.com/m/bus.Publish}]}\n",
		c + "events: {publishers: [{func: example.com/m/bus.Publish, topic: 0, method: \"Name()\"}]}\n",
		c + "events: {publisher: []}\n",
		c + "    owns: {topics: [\"payment captured\"]}\n",
		c + "external: {github.com/x/y: []}\n",
		c + "module: [a]\n",
		c + "    composition_root: yes please\n",
		c + "    composition_root: true\n    api: [a]\n",
		c + "    composition_root: true\n    api: ~\n",
		c + "    composition_root: true\n    shared: true\n",
		c + "mutual: [a, b]\n",
		c + "mutual: [[a]]\n",
		c + "mutual: [[a, a]]\n",
		c + "mutual: [~]\n",
		c + "mutual: {a: b}\n",
	} {
		if _, err := boundary.Parse("boundaries.yaml", []byte(src), "example.com/m"); err == nil {
			t.Errorf("the loader accepts\n%s", src)
		}
		if err := validate(s, []byte(src)); err == nil {
			t.Errorf("the schema accepts\n%s", src)
		}
	}
}

// TestEdgeSpecsAcceptedByBoth checks values at the edge of what the
// loader accepts, which no spec of the repository may show.
func TestEdgeSpecsAcceptedByBoth(t *testing.T) {
	s := compile(t)
	const ab = "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [b]}\n  b: {packages: [b/...], depends_on: [a]}\n"
	for _, src := range []string{
		ab + "mutual: [[a, b]]\n",
		"version: 1\ncomponents:\n  a: {packages: [a/...]}\nmutual: ~\n",
		"version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig: {getters: [{func: example.com/m/c.(*Options).Port, key: HTTP_PORT, kind: env}, {func: example.com/m/c.Port, key: http.port}]}\n",
		"version: 1\ncomponents:\n  a: {packages: [a/...], composition_root: true, shared: false}\n",
		"version: 1\ncomponents:\n  a: {packages: [a/...], composition_root: false, shared: true, api: [a]}\n",
		"version: 1\ncomponents:\n  a: {packages: [a/...]}\ntests: {default: exempt, imports: enforce, config: enforce, tx: exempt, ctxstate: enforce, setup: enforce}\n",
	} {
		if _, err := boundary.Parse("boundaries.yaml", []byte(src), "example.com/m"); err != nil {
			t.Errorf("the loader rejects\n%s: %v", src, err)
		}
		if err := validate(s, []byte(src)); err != nil {
			t.Errorf("the schema rejects\n%s: %v", src, err)
		}
	}
}

// TestSchemaKeysMatchLoader puts an unknown key in each mapping the loader
// checks and compares the keys its error lists with the schema's.
func TestSchemaKeysMatchLoader(t *testing.T) {
	data, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	const c = "version: 1\ncomponents:\n  a:\n    packages: [a/...]\n"
	known := regexp.MustCompile(`known keys: ([a-z_, ]+)`)
	for _, tt := range []struct {
		where, src string
		path       []string // to the schema object, through "properties" and "$defs"
	}{
		{"the spec", c + "zzz: 1\n", nil},
		{"a component", c + "    zzz: 1\n", []string{"$defs", "component"}},
		{"owns", c + "    owns: {zzz: 1}\n", []string{"$defs", "component", "properties", "owns"}},
		{"config", c + "config: {zzz: 1}\n", []string{"properties", "config"}},
		{"config shared", c + "config: {shared: {zzz: 1}}\n", []string{"properties", "config", "properties", "shared"}},
		{"an accessor", c + "config: {accessors: [{zzz: 1}]}\n", []string{"properties", "config", "properties", "accessors", "items"}},
		{"a getter", c + "config: {getters: [{zzz: 1}]}\n", []string{"properties", "config", "properties", "getters", "items"}},
		{"data", c + "data: {zzz: 1}\n", []string{"properties", "data"}},
		{"a query", c + "data: {queries: [{zzz: 1}]}\n", []string{"properties", "data", "properties", "queries", "items"}},
		{"a runner", c + "data: {runners: [{zzz: 1}]}\n", []string{"properties", "data", "properties", "runners", "items"}},
		{"tests", c + "tests: {zzz: exempt}\n", []string{"$defs", "tests"}},
	} {
		_, err := boundary.Parse("boundaries.yaml", []byte(tt.src), "example.com/m")
		m := known.FindStringSubmatch(errString(err))
		if m == nil {
			t.Errorf("%s: the loader's error lists no known keys: %v", tt.where, err)
			continue
		}
		loader := strings.Split(m[1], ", ")
		sort.Strings(loader)
		obj := schema
		for _, p := range tt.path {
			obj, _ = obj[p].(map[string]any)
		}
		props, _ := obj["properties"].(map[string]any)
		var inSchema []string
		for k, v := range props {
			inSchema = append(inSchema, k)
			if d, _ := v.(map[string]any)["description"].(string); d == "" {
				t.Errorf("%s: key %s has no description", tt.where, k)
			}
		}
		sort.Strings(inSchema)
		if !slices.Equal(loader, inSchema) || obj["additionalProperties"] != false {
			t.Errorf("%s: the loader knows %v, the schema (closed: %v) %v", tt.where, loader, obj["additionalProperties"] == false, inSchema)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
