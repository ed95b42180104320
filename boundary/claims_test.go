package boundary

import (
	"strings"
	"testing"
)

// TestClaimShapes checks that an owned name no env var, config key or
// table can have is an error at its entry: such a claim would silently
// match nothing, and the names it meant would stay free.
func TestClaimShapes(t *testing.T) {
	const head = "version: 1\ncomponents:\n  a:\n    packages: [a/...]\n    owns:\n"
	tests := []struct{ name, owns, want string }{
		{"comma-separated env list in one string", "      env: [\"PAYMENTS_*, STRIPE_*\"]\n",
			`6:13: component a owns env: "PAYMENTS_*, STRIPE_*" holds ',', which no env name can; to claim several, write each as its own list entry: [PAYMENTS_*, STRIPE_*]`},
		{"stray semicolon in a table", "      tables: [payments;]\n",
			`6:16: component a owns tables: "payments;" holds ';', which no table name can; write payments`},
		{"space from a forgotten comma in config", "      config: [payments.* orders.*]\n",
			`6:16: component a owns config: "payments.* orders.*" holds ' ', which no config key name can; to claim several, write each as its own list entry: [payments.*, orders.*]`},
		{"dash in an env var", "      env: [PAY-KEY]\n",
			`6:13: component a owns env: "PAY-KEY" holds '-', which no env name can; write letters, digits and '_', with '*' for any run of characters, as in PAYMENTS_*`},
		{"empty config part", "      config: [payments..currency]\n",
			`6:16: component a owns config: "payments..currency" has an empty part between dots; write dot-separated parts of letters, digits, '_' and '-', with '*' for any run of characters, as in payments.*`},
		{"shared env", "      env: [A]\nconfig:\n  shared:\n    env: [\"DATABASE_URL REDIS_URL\"]\n",
			`9:11: config shared env: "DATABASE_URL REDIS_URL" holds ' ', which no env name can; to claim several, write each as its own list entry: [DATABASE_URL, REDIS_URL]`},
		{"shared table", "      env: [A]\ndata:\n  shared_tables: [\"schema migrations\"]\n",
			`8:19: data shared_tables: "schema migrations" holds ' ', which no table name can; to claim several, write each as its own list entry: [schema, migrations]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(FileName, []byte(head+tt.owns), mod)
			if err == nil || err.Error() != FileName+":"+tt.want {
				t.Errorf("got %v\nwant %s:%s", err, FileName, tt.want)
			}
		})
	}
	ok := head + "      env: [PAYMENTS_*, a_b9]\n      config: [payments.*, web-hook.secret]\n      tables: [billing.ledger_*, \"t$1\"]\n"
	if _, err := Parse(FileName, []byte(ok), mod); err != nil {
		t.Errorf("valid names rejected: %v", err)
	}
}

// TestOverlappingClaims checks that two components' claims of equal
// specificity that can both match one name are an error naming both: the
// owner would otherwise depend on the order of the file.
func TestOverlappingClaims(t *testing.T) {
	spec := func(a, b string) string {
		return "version: 1\ncomponents:\n  a:\n    packages: [a/...]\n    owns: {" + a + "}\n  b:\n    packages: [b/...]\n    owns: {" + b + "}\n"
	}
	tests := []struct{ name, a, b, want string }{
		{"env prefix and suffix", "env: [PAY_*]", "env: [\"*_KEY\"]",
			"8:18: env *_KEY of component b and env PAY_* of component a (line 5) are equally specific and both match PAY_KEY; make one more specific (more literal characters) or give the names to one component"},
		{"config keys folded", "config: [Payments.*]", "config: [\"*.currency\"]",
			"8:21: config key *.currency of component b and config key Payments.* of component a (line 5) are equally specific and both match payments.currency; make one more specific (more literal characters) or give the names to one component"},
		{"tables", "tables: [pay*]", "tables: [\"*ent\"]",
			"8:21: table *ent of component b and table pay* of component a (line 5) are equally specific and both match payent; make one more specific (more literal characters) or give the names to one component"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(FileName, []byte(spec(tt.a, tt.b)), mod)
			if err == nil || err.Error() != FileName+":"+tt.want {
				t.Errorf("got %v\nwant %s:%s", err, FileName, tt.want)
			}
		})
	}
	// Not ambiguous: different specificity, disjoint, or one component.
	for _, ab := range [][2]string{
		{"env: [PAYMENTS_*]", "env: [PAYMENTS_SHARED_*]"},
		{"env: [PAY_*]", "env: [ORD_*]"},
		{"env: [PAY_*, \"*_KEY\"]", "env: [ORDERS]"},
		{"tables: [payments]", "tables: [refunds]"},
	} {
		if _, err := Parse(FileName, []byte(spec(ab[0], ab[1])), mod); err != nil {
			t.Errorf("%s / %s: %v", ab[0], ab[1], err)
		}
	}
}

func TestGlobsIntersect(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"A*", "*B", true}, {"A*", "B*", false}, {"*", "x", true}, {"a*c", "ab*", true},
		{"a*c", "*b", false}, {"a**", "**a", true}, {"abc", "abc", true}, {"abc", "abd", false},
		{"*x*", "y", false}, {"*x*", "*y*", true}, {"", "*", true}, {"", "a", false},
	} {
		if got := globsIntersect(tt.a, tt.b); got != tt.want {
			t.Errorf("globsIntersect(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if w := witness(tt.a, tt.b); tt.want && w != "the same names" && !(glob(tt.a, w) && glob(tt.b, w)) {
			t.Errorf("witness(%q, %q) = %q matches not both", tt.a, tt.b, w)
		}
	}
	if !strings.Contains(witness("PAY_*", "*_KEY"), "PAY_") {
		t.Errorf("witness too vague")
	}
}
