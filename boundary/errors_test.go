package boundary

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestParseErrors checks the exact text of every error a bad spec gets:
// boundaries.yaml:LINE:COL, what is wrong, and what to write instead.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // every error, one per line, without the file name
	}{
		{"empty file", "",
			"1:1: the spec is empty; start it with \"version: 1\" and a components: mapping"},
		{"comments only", "# just a comment\n# another\n",
			"1:1: the spec is empty; start it with \"version: 1\" and a components: mapping"},
		{"document separator only", "---\n",
			"1:1: the spec is empty; start it with \"version: 1\" and a components: mapping"},
		{"null root", "~\n",
			"1:1: the spec is empty; start it with \"version: 1\" and a components: mapping"},
		{"scalar root", "hello\n",
			"1:1: the spec must be a mapping with the keys version, module, tests, unassigned, components, mutual, external, config, data, not \"hello\""},
		{"list root", "- version: 1\n",
			"1:1: the spec must be a mapping with the keys version, module, tests, unassigned, components, mutual, external, config, data, not a list"},
		{"two documents", "version: 1\ncomponents:\n  a: {packages: [a/...]}\n---\nversion: 1\n",
			"5:1: a second YAML document starts here; a spec is one document: remove the \"---\" separator and merge the two"},
		{"invalid yaml bracket", "version: 1\ncomponents:\n  a: {packages: [a/...}\n",
			"3:1: invalid YAML: did not find expected ',' or ']'; check the indentation (spaces, not tabs), close every bracket and quote, and quote values that contain \": \" or start with '*', '&' or '!'"},
		{"invalid yaml tab", "version: 1\ncomponents:\n\ta: {packages: [a/...]}\n",
			"3:1: invalid YAML: a tab in the indentation; indent with spaces only"},
		{"invalid yaml mapping in scalar", "version: 1\ncomponents: a: b\n",
			"2:1: invalid YAML: mapping values are not allowed in this context; check the indentation (spaces, not tabs), close every bracket and quote, and quote values that contain \": \" or start with '*', '&' or '!'"},
		{"missing version", "components:\n  a: {packages: [a/...]}\n",
			"1:1: missing version; add \"version: 1\" as the first line"},
		{"wrong version", "version: 2\ncomponents:\n  a: {packages: [a/...]}\n",
			"1:10: unsupported spec version 2; this boundarylint reads \"version: 1\""},
		{"version not an int", "version: one\ncomponents:\n  a: {packages: [a/...]}\n",
			"1:10: version must be a non-negative integer, not \"one\""},
		{"version float", "version: 1.0\ncomponents:\n  a: {packages: [a/...]}\n",
			"1:10: version must be a non-negative integer, not \"1.0\""},
		{"missing components", "version: 1\n",
			"1:1: missing components; add a components: mapping with at least one component and its packages"},
		{"empty components null", "version: 1\ncomponents:\n",
			"2:12: components is empty; declare at least one component with its packages"},
		{"empty components map", "version: 1\ncomponents: {}\n",
			"2:13: components is empty; declare at least one component with its packages"},
		{"components as list", "version: 1\ncomponents: [a, b]\n",
			"2:13: components must be a mapping from component names to their settings, as in \"payments: {packages: [internal/payments/...]}\", not a list"},
		{"unknown top key", "version: 1\ncomponent:\n  a: {packages: [a/...]}\n",
			"2:1: unknown key \"component\" in the spec; did you mean \"components\"?"},
		{"unknown top key no hint", "version: 1\nfrobnicate: 3\ncomponents:\n  a: {packages: [a/...]}\n",
			"2:1: unknown key \"frobnicate\" in the spec; known keys: version, module, tests, unassigned, components, mutual, external, config, data"},
		{"unknown component key", "version: 1\ncomponents:\n  a:\n    packages: [a/...]\n    depend_on: [b]\n  b: {packages: [b/...]}\n",
			"5:5: unknown key \"depend_on\" in component a; did you mean \"depends_on\"?"},
		{"misspelt packages key", "version: 1\ncomponents:\n  a:\n    package: [a/...]\n  b: {doc: x}\n",
			"4:5: unknown key \"package\" in component a; did you mean \"packages\"?\n" +
				"5:3: component b has no packages key; add packages: [internal/b/...]"},
		{"unknown owns key", "version: 1\ncomponents:\n  a:\n    packages: [a/...]\n    owns: {tabels: [t]}\n",
			"5:12: unknown key \"tabels\" in component a owns; did you mean \"tables\"?"},
		{"duplicate component", "version: 1\ncomponents:\n  a: {packages: [a/...]}\n  b: {packages: [b/...]}\n  a: {packages: [c/...]}\n",
			"5:3: \"a\" is defined twice in components (first at line 3); merge the two entries into one"},
		{"duplicate key", "version: 1\ncomponents:\n  a:\n    packages: [a/...]\n    packages: [b/...]\n",
			"5:5: \"packages\" is defined twice in component a (first at line 4); merge the two entries into one"},
		{"duplicate top key", "version: 1\nversion: 1\ncomponents:\n  a: {packages: [a/...]}\n",
			"2:1: \"version\" is defined twice in the spec (first at line 1); merge the two entries into one"},
		{"merge key", "version: 1\nbase: &b {packages: [x/...]}\ncomponents:\n  a:\n    <<: *b\n",
			"2:1: unknown key \"base\" in the spec; did you mean \"data\"?\n" +
				"4:3: component a has no packages key; add packages: [internal/a/...]\n" +
				"5:5: merge keys (<<) are not supported in component a; write the entries out"},
		{"bad component name", "version: 1\ncomponents:\n  pay ments: {packages: [a/...]}\n",
			"3:3: component name \"pay ments\": use letters, digits, '-' and '_' only, as in \"pay_ments\""},
		{"component null", "version: 1\ncomponents:\n  a:\n  b: {packages: [b/...]}\n",
			"3:3: component a has no packages key; add packages: [internal/a/...]"},
		{"component without packages", "version: 1\ncomponents:\n  a:\n    doc: nothing\n",
			"3:3: component a has no packages key; add packages: [internal/a/...]"},
		{"empty packages", "version: 1\ncomponents:\n  a:\n    packages: []\n",
			"4:15: component a has no packages; list its module-relative package patterns, such as [internal/a/...]"},
		{"packages scalar", "version: 1\ncomponents:\n  a:\n    packages: internal/a/...\n",
			"4:15: component a packages must be a list; write [internal/a/...]"},
		{"packages mapping", "version: 1\ncomponents:\n  a:\n    packages: {x: y}\n",
			"4:15: component a packages must be a list of strings, not a mapping"},
		{"packages null entry", "version: 1\ncomponents:\n  a:\n    packages: [~]\n",
			"4:16: component a packages entry must be a string, not empty"},
		{"component is a list", "version: 1\ncomponents:\n  a: [x]\n",
			"3:6: component a must be a mapping with the keys doc, packages, api, depends_on, shared, in_process, isolated, strict_config, composition_root, owns, not a list"},
		{"pattern dot slash", "version: 1\ncomponents:\n  a: {packages: [./internal/a/...]}\n",
			"3:18: component a packages: package pattern \"./internal/a/...\" has a leading ./; write \"internal/a/...\""},
		{"pattern leading slash", "version: 1\ncomponents:\n  a: {packages: [/internal/a]}\n",
			"3:18: component a packages: package pattern \"/internal/a\" has a leading or trailing slash; write \"internal/a\""},
		{"pattern trailing slash", "version: 1\ncomponents:\n  a: {packages: [internal/a/]}\n",
			"3:18: component a packages: package pattern \"internal/a/\" has a leading or trailing slash; write \"internal/a\""},
		{"pattern double slash", "version: 1\ncomponents:\n  a: {packages: [internal//a]}\n",
			"3:18: component a packages: package pattern \"internal//a\" has an empty path element; write \"internal/a\""},
		{"pattern dotdot", "version: 1\ncomponents:\n  a: {packages: [internal/x/../a]}\n",
			"3:18: component a packages: package pattern \"internal/x/../a\" has a \"..\" element; write \"internal/a\""},
		{"pattern dot", "version: 1\ncomponents:\n  a: {packages: [internal/./a/...]}\n",
			"3:18: component a packages: package pattern \"internal/./a/...\" has a \".\" element; write \"internal/a/...\""},
		{"pattern inner dots", "version: 1\ncomponents:\n  a: {packages: [internal/.../a]}\n",
			"3:18: component a packages: package pattern \"internal/.../a\" has \"...\" inside the path; \"...\" is only allowed as the whole last element; write \"internal/...\""},
		{"pattern suffix dots", "version: 1\ncomponents:\n  a: {packages: [internal/a...]}\n",
			"3:18: component a packages: package pattern \"internal/a...\" has \"...\" inside the path; \"...\" is only allowed as the whole last element; write \"internal/a/...\""},
		{"pattern glob", "version: 1\ncomponents:\n  a: {packages: [internal/*/api]}\n",
			"3:18: component a packages: package pattern \"internal/*/api\" has glob characters; patterns use \"/...\" for a subtree; write \"internal/...\""},
		{"pattern glob star", "version: 1\ncomponents:\n  a: {packages: [\"*\"]}\n",
			"3:18: component a packages: package pattern \"*\" has glob characters; patterns use \"/...\" for a subtree; write \"...\""},
		{"pattern backslash", "version: 1\ncomponents:\n  a: {packages: ['internal\\a']}\n",
			"3:18: component a packages: package pattern \"internal\\\\a\" has backslashes; write \"internal/a\""},
		{"pattern space", "version: 1\ncomponents:\n  a: {packages: [internal/a b]}\n",
			"3:18: component a packages: package pattern \"internal/a b\" holds several patterns; write each as its own list entry: [internal/a, b]"},
		{"pattern dot slash dots", "version: 1\ncomponents:\n  a: {packages: [./...]}\n",
			"3:18: component a packages: package pattern \"./...\": write \"...\" for every package"},
		{"pattern empty", "version: 1\ncomponents:\n  a: {packages: [\"\"]}\n",
			"3:18: component a packages: empty package pattern; write a path such as internal/payments/..."},
		{"pattern with module prefix", "version: 1\ncomponents:\n  a: {packages: [example.com/monolith/internal/a/...], api: [example.com/monolith/internal/a]}\n",
			"3:18: package pattern example.com/monolith/internal/a/... starts with the module path example.com/monolith; patterns are module-relative, so write internal/a/...\n" +
				"3:62: package pattern example.com/monolith/internal/a starts with the module path example.com/monolith; patterns are module-relative, so write internal/a"},
		{"depends_on unknown", "version: 1\ncomponents:\n  orders: {packages: [o/...], depends_on: [payment]}\n  payments: {packages: [p/...]}\n",
			"3:44: depends_on of orders names component \"payment\", which is not declared; did you mean \"payments\"?"},
		{"depends_on unknown no hint", "version: 1\ncomponents:\n  orders: {packages: [o/...], depends_on: [zzzzzzzz]}\n  payments: {packages: [p/...]}\n",
			"3:44: depends_on of orders names component \"zzzzzzzz\", which is not declared; declared components: orders, payments"},
		{"depends_on self", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [a]}\n",
			"3:39: component a lists itself in depends_on; remove it: a component may always import its own packages"},
		{"depends_on twice", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [b, b]}\n  b: {packages: [b/...]}\n",
			"3:42: component a lists b twice in depends_on; remove one"},
		{"composition root in depends_on", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [r]}\n  r: {packages: [cmd/...], composition_root: true}\n",
			"3:39: component a lists r in depends_on, but r is a composition root (boundaries.yaml:4), which nothing may import; move what a needs out of r into a component both may depend on"},
		{"composition root shared", "version: 1\ncomponents:\n  r: {packages: [cmd/...], composition_root: true, shared: true}\n",
			"3:28: component r is both shared and a composition root; nothing may import a composition root, so remove shared: true (or composition_root: true if others import it)"},
		{"composition root api", "version: 1\ncomponents:\n  r: {packages: [cmd/...], composition_root: true, api: [cmd/x]}\n",
			"3:52: component r is a composition root, which nothing may import, so it has no api; remove the api key"},
		{"composition root not a bool", "version: 1\ncomponents:\n  r: {packages: [cmd/...], composition_root: yes please}\n",
			"3:46: composition_root must be true or false, not \"yes please\""},
		{"mutual pair does not allow a longer loop", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [b]}\n  b: {packages: [b/...], depends_on: [a, c]}\n  c: {packages: [c/...], depends_on: [a]}\nmutual:\n  - [a, b]\n",
			"3:39: depends_on cycle b -> c -> a -> b; components must form a hierarchy, so remove one of these edges"},
		{"mutual pair without depends_on", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [b]}\n  b: {packages: [b/...]}\nmutual:\n  - [a, b]\n",
			"6:5: mutual pair [a, b]: b does not list a in depends_on; add it there, since mutual only allows the loop, not the imports"},
		{"mutual entry of one", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nmutual:\n  - [a]\n",
			"5:5: a mutual entry names two different components, as in [routers, services]"},
		{"mutual entry empty", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nmutual:\n  - ~\n",
			"5:5: a mutual entry names two different components, as in [routers, services]"},
		{"mutual unknown component", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nmutual:\n  - [a, zzz]\n",
			"5:9: mutual names component \"zzz\", which is not declared; declared components: a"},
		{"mutual declared twice", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [b]}\n  b: {packages: [b/...], depends_on: [a]}\nmutual:\n  - [a, b]\n  - [b, a]\n",
			"7:5: mutual pair [b, a] is declared twice (also at line 6); remove one"},
		{"depends_on cycle 2", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [b]}\n  b: {packages: [b/...], depends_on: [a]}\n",
			"4:39: depends_on cycle a -> b -> a; components must form a hierarchy, so remove one of these edges, or declare the pair under mutual ([a, b]) if the two must import each other"},
		{"depends_on cycle 3", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [b]}\n  b: {packages: [b/...], depends_on: [c]}\n  c: {packages: [c/...], depends_on: [a]}\n",
			"5:39: depends_on cycle a -> b -> c -> a; components must form a hierarchy, so remove one of these edges"},
		{"depends_on scalar", "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: b}\n  b: {packages: [b/...]}\n",
			"3:38: component a depends_on must be a list; write [b]"},
		{"external unknown", "version: 1\ncomponents:\n  payments: {packages: [p/...]}\nexternal:\n  github.com/stripe/stripe-go/...: [paymens]\n",
			"5:37: external github.com/stripe/stripe-go/... names component \"paymens\", which is not declared; did you mean \"payments\"?"},
		{"external empty", "version: 1\ncomponents:\n  payments: {packages: [p/...]}\nexternal:\n  github.com/stripe/stripe-go/...: []\n",
			"5:36: external github.com/stripe/stripe-go/... reserves the import to nobody; list the components that may import it"},
		{"external bad pattern", "version: 1\ncomponents:\n  payments: {packages: [p/...]}\nexternal:\n  github.com/stripe/*: [payments]\n",
			"5:3: external: package pattern \"github.com/stripe/*\" has glob characters; patterns use \"/...\" for a subtree; write \"github.com/stripe/...\""},
		{"external in module", "version: 1\ncomponents:\n  payments: {packages: [p/...]}\nexternal:\n  example.com/monolith/p/...: [payments]\n",
			"5:3: external example.com/monolith/p/... names packages of module example.com/monolith; external reserves third-party imports only, so claim these packages in a component instead"},
		{"external as list", "version: 1\ncomponents:\n  payments: {packages: [p/...]}\nexternal: [github.com/x]\n",
			"4:11: external must be a mapping from import path patterns to the components that may import them, as in \"github.com/stripe/stripe-go/...: [payments]\", not a list"},
		{"config readers unknown", "version: 1\ncomponents:\n  server: {packages: [cmd/...]}\nconfig:\n  readers: [servr]\n",
			"5:13: config readers names component \"servr\", which is not declared; did you mean \"server\"?"},
		{"same pattern two components", "version: 1\ncomponents:\n  a: {packages: [internal/x/...]}\n  b: {packages: [internal/x/...]}\n",
			"4:18: package pattern internal/x/... is claimed by both a (line 3) and b; give it to one component, or claim a more specific pattern in one of them"},
		{"same pattern twice in one", "version: 1\ncomponents:\n  a: {packages: [internal/x/..., internal/x/...]}\n",
			"3:34: package pattern internal/x/... is listed twice in component a (also at line 3); remove one"},
		{"same env two components", "version: 1\ncomponents:\n  a: {packages: [a/...], owns: {env: [KEY_*]}}\n  b: {packages: [b/...], owns: {env: [KEY_*]}}\n",
			"4:39: env KEY_* is claimed by both a (line 3) and b; give it to one component, or claim a more specific pattern in one of them"},
		{"same table different case", "version: 1\ncomponents:\n  a: {packages: [a/...], owns: {tables: [Orders]}}\n  b: {packages: [b/...], owns: {tables: [orders]}}\n",
			"4:42: table orders is claimed by both a (line 3) and b; give it to one component, or claim a more specific pattern in one of them"},
		{"same field two components", "version: 1\ncomponents:\n  a: {packages: [a/...], owns: {fields: [cfg.Config.A]}}\n  b: {packages: [b/...], owns: {fields: [cfg.Config.A]}}\n",
			"4:42: field cfg.Config.A is claimed by both a (line 3) and b; give it to one component, or claim a more specific pattern in one of them"},
		{"api outside", "version: 1\ncomponents:\n  a: {packages: [internal/a/...], api: [internal/b]}\n",
			"3:41: api pattern internal/b of component a is outside its packages [internal/a/...]; list only packages of a in api, or add internal/b to its packages"},
		{"api subtree over exact", "version: 1\ncomponents:\n  a: {packages: [internal/a], api: [internal/a/...]}\n",
			"3:37: api pattern internal/a/... of component a covers packages below internal/a, which are not among its packages [internal/a]; write internal/a"},
		{"api taken by more specific", "version: 1\ncomponents:\n  a: {packages: [internal/...], api: [internal/b/api]}\n  b: {packages: [internal/b/...]}\n",
			"3:39: api package internal/b/api of component a belongs to component b, whose pattern is more specific; move the api or the pattern"},
		{"api scalar", "version: 1\ncomponents:\n  a: {packages: [a/...], api: a}\n",
			"3:31: component a api must be a list; write [a]"},
		{"bad bool", "version: 1\ncomponents:\n  a: {packages: [a/...], shared: yes}\n",
			"3:34: shared must be true or false, not \"yes\""},
		{"bad bool list", "version: 1\ncomponents:\n  a: {packages: [a/...], isolated: [true]}\n",
			"3:36: isolated must be true or false, not a list"},
		{"bad strict_config", "version: 1\ncomponents:\n  a: {packages: [a/...], strict_config: 1}\n",
			"3:41: strict_config must be true or false, not \"1\""},
		{"bad unassigned", "version: 1\nunassigned: block\ncomponents:\n  a: {packages: [a/...]}\n",
			"2:13: unassigned must be allow, warn or deny, not \"block\""},
		{"bad tests", "version: 1\ntests: skip\ncomponents:\n  a: {packages: [a/...]}\n",
			"2:8: tests must be \"enforce\" or \"exempt\", not \"skip\""},
		{"tests list", "version: 1\ntests: [imports]\ncomponents:\n  a: {packages: [a/...]}\n",
			"2:8: tests must be enforce, exempt or a mapping such as {default: enforce, tx: exempt, setup: exempt}, not a list"},
		{"tests unknown analyzer", "version: 1\ntests: {default: enforce, ctxstat: exempt}\ncomponents:\n  a: {packages: [a/...]}\n",
			"2:27: unknown key \"ctxstat\" in tests; did you mean \"ctxstate\"?"},
		{"tests bad setup", "version: 1\ntests:\n  setup: skip\ncomponents:\n  a: {packages: [a/...]}\n",
			"3:10: tests setup must be \"enforce\" or \"exempt\", not \"skip\""},
		{"bad module key", "version: 1\nmodule: ./x\ncomponents:\n  a: {packages: [a/...]}\n",
			"2:9: module must be a module path, as in \"module: example.com/monolith\", not \"./x\""},
		{"doc not string", "version: 1\ncomponents:\n  a: {packages: [a/...], doc: [x]}\n",
			"3:31: doc must be a string, not a list"},
		{"bad field claim", "version: 1\ncomponents:\n  a: {packages: [a/...], owns: {fields: [internal/config.Config]}}\n",
			"3:42: component a owns fields: field \"internal/config.Config\": write <package>.<Type>.<Field>, as in internal/config.Config.Payments"},
		{"bad field claim package", "version: 1\ncomponents:\n  a: {packages: [a/...], owns: {fields: [./internal/config.Config.A]}}\n",
			"3:42: component a owns fields: field \"./internal/config.Config.A\": \"./internal/config\" is not a module-relative package path; write <package>.<Type>.<Field>, as in internal/config.Config.Payments"},
		{"field claim with module", "version: 1\ncomponents:\n  a: {packages: [a/...], owns: {fields: [example.com/monolith/internal/config.Config.A]}}\n",
			"3:42: field example.com/monolith/internal/config.Config.A starts with the module path example.com/monolith; fields are module-relative, so write internal/config.Config.A"},
		{"empty env claim", "version: 1\ncomponents:\n  a: {packages: [a/...], owns: {env: [\"\"]}}\n",
			"3:39: component a owns env: empty entry; remove it or write a name"},
		{"bad func", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors:\n    - {func: example.com/monolith/config, key: 0}\n",
			"6:14: func \"example.com/monolith/config\": write <import path>.<Func> or <import path>.<Type>.<Method>, as in example.com/monolith/internal/config.String"},
		{"bad func too many", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors:\n    - {func: example.com/x/config.A.B.C, key: 0}\n",
			"6:14: func \"example.com/x/config.A.B.C\": write <import path>.<Func> or <import path>.<Type>.<Method>, as in example.com/monolith/internal/config.String"},
		{"accessor without key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors:\n    - {func: example.com/x/config.String}\n",
			"6:7: accessor has no key; add key: <the index of the key argument, counting from 0>, as in {func: example.com/monolith/internal/config.String, key: 0, kind: config}"},
		{"accessor without func", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors:\n    - {key: 0}\n",
			"6:7: accessor has no func; add the function's full name, as in {func: example.com/monolith/internal/config.String, key: 0, kind: config}"},
		{"accessor empty", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors:\n    - {}\n",
			"6:7: accessor needs func and key, as in {func: example.com/monolith/internal/config.String, key: 0, kind: config}"},
		{"accessor null", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors:\n    -\n",
			"6:6: accessor needs func and key, as in {func: example.com/monolith/internal/config.String, key: 0, kind: config}"},
		{"accessor negative key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors:\n    - {func: example.com/x/config.String, key: -1}\n",
			"6:48: accessor key must be a non-negative integer, not \"-1\""},
		{"accessor bad kind", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors:\n    - {func: example.com/x/config.String, key: 0, kind: secret}\n",
			"6:57: accessor kind must be env or config, not \"secret\""},
		{"getter without key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  getters:\n    - {func: example.com/x/config.Port}\n",
			"6:7: getter has no key; add key: <the env var or config key the function returns>, as in {func: example.com/monolith/internal/config.Options.PollingFrequency, key: POLLING_FREQUENCY, kind: env}"},
		{"getter wildcard key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  getters:\n    - {func: example.com/x/config.Port, key: PORT_*, kind: env}\n",
			"6:46: getter key \"PORT_*\": a getter returns one setting, so write its name without '*'"},
		{"getter bad env key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  getters:\n    - {func: example.com/x/config.Port, key: http.port, kind: env}\n",
			"6:46: getter key: \"http.port\" holds '.', which no env name can; write letters, digits and '_', with '*' for any run of characters, as in PAYMENTS_*"},
		{"getter bad kind", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  getters:\n    - {func: example.com/x/config.Port, key: port, kind: flag}\n",
			"6:58: getter kind must be env or config, not \"flag\""},
		{"getter unknown key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  getters:\n    - {func: example.com/x/config.Port, keys: port}\n",
			"6:7: getter has no key; add key: <the env var or config key the function returns>, as in {func: example.com/monolith/internal/config.Options.PollingFrequency, key: POLLING_FREQUENCY, kind: env}\n6:41: unknown key \"keys\" in getter; did you mean \"key\"?"},
		{"accessors scalar", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  accessors: example.com/x/config.String\n",
			"5:14: config accessors must be a list, not \"example.com/x/config.String\""},
		{"config unknown key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  reader: [a]\n",
			"5:3: unknown key \"reader\" in config; did you mean \"readers\"?"},
		{"config shared unknown key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\nconfig:\n  shared: {envs: [X]}\n",
			"5:12: unknown key \"envs\" in config shared; did you mean \"env\"?"},
		{"bad transaction type", "version: 1\ncomponents:\n  a: {packages: [a/...]}\ndata:\n  transaction_types: [github.com/jmoiron/sqlx.Tx.Commit]\n",
			"5:23: transaction type \"github.com/jmoiron/sqlx.Tx.Commit\": write <import path>.<Type>, as in github.com/jmoiron/sqlx.Tx"},
		{"query without sql", "version: 1\ncomponents:\n  a: {packages: [a/...]}\ndata:\n  queries:\n    - {func: example.com/x/db.Exec}\n",
			"6:7: query has no sql; add sql: <the index of the SQL text argument, counting from 0>, as in {func: example.com/monolith/internal/platform/db.Exec, sql: 1}"},
		{"runner without func", "version: 1\ncomponents:\n  a: {packages: [a/...]}\ndata:\n  runners:\n    - {callback: 1}\n",
			"6:7: runner has no func; add the function's full name, as in {func: example.com/monolith/internal/platform/db.Exec, callback: 1}"},
		{"runner bad callback", "version: 1\ncomponents:\n  a: {packages: [a/...]}\ndata:\n  runners:\n    - {func: example.com/x/db.InTx, callback: first}\n",
			"6:47: runner callback must be a non-negative integer, not \"first\""},
		{"data unknown key", "version: 1\ncomponents:\n  a: {packages: [a/...]}\ndata:\n  shared_table: [x]\n",
			"5:3: unknown key \"shared_table\" in data; did you mean \"shared_tables\"?"},
		{"several errors sorted", "components:\n  a: {packages: [./a], shared: maybe}\n  b: {packages: [b/...], depends_on: [c]}\n",
			"1:1: missing version; add \"version: 1\" as the first line\n" +
				"2:18: component a packages: package pattern \"./a\" has a leading ./; write \"a\"\n" +
				"2:32: shared must be true or false, not \"maybe\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse(FileName, []byte(tt.src), mod)
			if err == nil {
				t.Fatalf("Parse accepted the spec (%d components); want\n%s", len(s.Components), tt.want)
			}
			if s != nil {
				t.Errorf("Parse returned a spec with its error")
			}
			var want []string
			for _, line := range strings.Split(tt.want, "\n") {
				want = append(want, FileName+":"+line)
			}
			if got := err.Error(); got != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
			}
		})
	}
}

func TestParseErrorLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\ncomponents:\n  a: &c {packages: [x/...], owns: {env: [A, B, C, D, E, F, G, H, I, J]}}\n")
	for i := range 300 {
		fmt.Fprintf(&b, "  c%d: *c\n", i)
	}
	_, err := Parse(FileName, []byte(b.String()), mod)
	var es Errors
	if !errors.As(err, &es) || len(es) != maxErrors+1 {
		t.Fatalf("got %d errors, want %d and a summary", len(es), maxErrors)
	}
	if last := es[len(es)-1].Msg; !strings.HasPrefix(last, "and ") || !strings.HasSuffix(last, " more errors; fix these first") {
		t.Errorf("last error %q does not summarise the rest", last)
	}
}
