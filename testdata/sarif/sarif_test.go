// Package sarif validates boundarylint's SARIF output against the
// published SARIF 2.1.0 JSON schema (OASIS, errata01, vendored here as
// sarif-schema-2.1.0.json). It is a module of its own so that the
// validator stays out of boundarylint's go.mod; .ci/run runs it.
package sarif

import (
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// goldens are SARIF outputs that tests compare with what the code prints:
// report/format's (hand-made findings: a stale entry, a file outside the
// module, text to escape) and cmd/boundarylint's, the example monolith's.
var goldens = []string{"../../report/format/testdata/findings.sarif", "../../cmd/boundarylint/testdata/golden/findings.sarif"}

// golden is the one TestValidatorRejects breaks.
var golden = goldens[0]

func schema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func load(t *testing.T, text string) any {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestGoldenSARIFIsValid(t *testing.T) {
	for _, golden := range goldens {
		data, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if err := schema(t).Validate(load(t, string(data))); err != nil {
			t.Errorf("%s does not validate against the SARIF 2.1.0 schema:\n%v", golden, err)
		}
	}
}

// TestValidatorRejects proves the validator checks something: the golden
// log with a broken version and with a result missing its message.
func TestValidatorRejects(t *testing.T) {
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	for name, broken := range map[string]string{
		"version":    strings.Replace(string(data), `"version": "2.1.0"`, `"version": "2.0"`, 1),
		"no message": strings.Replace(string(data), `"message": {`, `"nomessage": {`, 1),
	} {
		if broken == string(data) {
			t.Fatalf("%s: the edit changed nothing", name)
		}
		if err := schema(t).Validate(load(t, broken)); err == nil {
			t.Errorf("%s: the schema accepted an invalid log", name)
		}
	}
}
