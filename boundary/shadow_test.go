package boundary

import (
	"strings"
	"testing"
)

// TestShadowedClaims checks that an owned claim wholly inside a shared
// pattern is an error at the claim's line and column, naming the shared
// pattern's line and what to write instead, for every kind with shared
// declarations; and that partial overlap is not.
func TestShadowedClaims(t *testing.T) {
	spec := func(owns, shared string) string {
		return "version: 1\ncomponents:\n  users:\n    packages: [users/...]\n    owns: {" + owns + "}\n" + shared
	}
	tests := []struct{ name, owns, shared, want string }{
		{"config glob inside shared glob", "config: [auth.*, service.jwtttl*]", "config:\n  shared:\n    config: [service.*]\n",
			"5:29: config key service.jwtttl* of component users can never own a key: config.shared.config service.* (line 8) matches every key it matches, " +
				"and a shared declaration beats every claim; remove the claim, or narrow service.* in config.shared.config to the keys everyone may use (list them explicitly) so that service.jwtttl* stays outside it"},
		{"config folded", "config: [Service.EnableTOTP]", "config:\n  shared:\n    config: [\"SERVICE.*\"]\n",
			"5:21: config key Service.EnableTOTP of component users can never own a key: config.shared.config SERVICE.* (line 8) matches every key it matches, " +
				"and a shared declaration beats every claim; remove the claim, or narrow SERVICE.* in config.shared.config to the keys everyone may use (list them explicitly) so that Service.EnableTOTP stays outside it"},
		{"env literal shared", "env: [AUTH_*, DATABASE_URL]", "config:\n  shared:\n    env: [HOME, DATABASE_URL]\n",
			"5:26: env DATABASE_URL of component users can never own a variable: config.shared.env DATABASE_URL (line 8) matches every variable it matches, " +
				"and a shared declaration beats every claim; a variable is either shared or owned: remove DATABASE_URL from config.shared.env, or remove the claim"},
		{"env case-sensitive still inside", "env: [\"*_TOKEN_*\"]", "config:\n  shared:\n    env: [\"*_*\"]\n",
			"5:18: env *_TOKEN_* of component users can never own a variable: config.shared.env *_* (line 8) matches every variable it matches, " +
				"and a shared declaration beats every claim; remove the claim, or narrow *_* in config.shared.env to the variables everyone may use (list them explicitly) so that *_TOKEN_* stays outside it"},
		{"tables", "tables: [users, audit_log]", "data:\n  shared_tables: [\"audit*\"]\n",
			"5:28: table audit_log of component users can never own a table: data.shared_tables audit* (line 7) matches every table it matches, " +
				"and a shared declaration beats every claim; remove the claim, or narrow audit* in data.shared_tables to the tables everyone may use (list them explicitly) so that audit_log stays outside it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(FileName, []byte(spec(tt.owns, tt.shared)), mod)
			if err == nil || err.Error() != FileName+":"+tt.want {
				t.Errorf("got %v\nwant %s:%s", err, FileName, tt.want)
			}
		})
	}
	// Partial overlap: the owned claim still owns the names outside the
	// shared pattern. Env names are case-sensitive.
	for _, ss := range [][2]string{
		{"config: [service.*]", "config:\n  shared:\n    config: [service.timezone]\n"},
		{"config: [service*]", "config:\n  shared:\n    config: [service.*]\n"}, // "service" and "servicex" stay owned
		{"config: [\"*.jwtttl\"]", "config:\n  shared:\n    config: [service.*]\n"},
		{"env: [auth_*]", "config:\n  shared:\n    env: [AUTH_*]\n"},
		{"env: [PAY_*, STRIPE_*]", "config:\n  shared:\n    env: [STRIPE_PUBLIC_KEY]\n"},
		{"tables: [billing.invoices]", "data:\n  shared_tables: [invoices]\n"},
		{"tables: [users]", "config:\n  shared:\n    config: [users]\n"}, // another kind's shared list
	} {
		if _, err := Parse(FileName, []byte(spec(ss[0], ss[1])), mod); err != nil {
			t.Errorf("%s / %s: %v", ss[0], strings.TrimSpace(ss[1]), err)
		}
	}
}

// TestGlobWithin checks globWithin against every name up to a length over
// a small alphabet, for every pair of small patterns: when it says yes,
// no name matched by p escapes q; when it says no, one does (p's stars
// filled with a character q lacks). The check is exact, so the spec error
// is never false and never missed for these shapes.
func TestGlobWithin(t *testing.T) {
	pats, names := allStrings("ab*", 4), allStrings("abc", 5)
	for _, p := range pats {
		for _, q := range pats {
			escape, escapes := "", false
			for _, n := range names {
				if glob(p, n) && !glob(q, n) {
					escape, escapes = n, true
					break
				}
			}
			if got := globWithin(p, q, false); got == escapes {
				t.Fatalf("globWithin(%q, %q) = %v, but escaping name: %v %q", p, q, got, escapes, escape)
			}
		}
	}
	if !globWithin("Service.JWT*", "service.*", true) || globWithin("Service.JWT*", "service.*", false) {
		t.Errorf("globWithin folds only when asked")
	}
}

// TestOwnershipShadowed checks that a shared name's ownership names the
// owned claim the shared declaration took it from.
func TestOwnershipShadowed(t *testing.T) {
	s := mustParse(t, owners)
	if o := s.OwnerOfConfig("Payments.Region"); !o.Shared || o.Shadowed.Pattern != "payments.*" || o.Shadowed.Pos.Line == 0 {
		t.Errorf("OwnerOfConfig(Payments.Region) = %+v, want shared, shadowing payments.*", o)
	}
	if o := s.OwnerOfEnv("PAYMENTS_REGION"); !o.Shared || o.Shadowed.Pattern != "PAYMENTS_*" {
		t.Errorf("OwnerOfEnv(PAYMENTS_REGION) = %+v, want shared, shadowing PAYMENTS_*", o)
	}
	if o := s.OwnerOfTable("schema_migrations"); !o.Shared || o.Shadowed.Pattern != "" {
		t.Errorf("OwnerOfTable(schema_migrations) = %+v, want shared, shadowing nothing", o)
	}
	if o := s.OwnerOfConfig("payments.currency"); o.Shared || o.Shadowed.Pattern != "" {
		t.Errorf("OwnerOfConfig(payments.currency) = %+v, want owned, shadowing nothing", o)
	}
	var where []string
	for _, c := range s.SharedClaims() {
		where = append(where, c.Where+" "+c.Pattern)
	}
	if got, want := strings.Join(where, ", "), "config.shared.env PAYMENTS_REGION, config.shared.config payments.region, data.shared_tables schema_migrations, data.shared_tables Audit.*"; got != want {
		t.Errorf("SharedClaims = %s, want %s", got, want)
	}
}

// allStrings returns every string over alphabet up to n characters long.
func allStrings(alphabet string, n int) []string {
	out := []string{""}
	for prev := out; n > 0; n-- {
		var next []string
		for _, p := range prev {
			for _, r := range alphabet {
				next = append(next, p+string(r))
			}
		}
		out, prev = append(out, next...), next
	}
	return out
}
