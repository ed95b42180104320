package boundary

import (
	"strings"
	"testing"
)

const contextSpec = `version: 1
components:
  payments:
    packages: [internal/payments/...]
  platform:
    packages: [internal/platform/...]
    shared: true
  users:
    packages: [internal/users/...]
    owns:
      context: [internal/platform/ctxkeys.UserID, internal/legacy/keys.userKey, "string:merchant_id"]
`

func TestOwnerOfContextKey(t *testing.T) {
	s := mustParse(t, contextSpec)
	tests := []struct {
		pkg, name, owner string
		line             int
	}{
		{mod + "/internal/payments/api", "accountKey", "payments", 4}, // the component of its package
		{mod + "/internal/platform/ctxkeys", "UserID", "users", 11},   // a shared package's key, claimed
		{mod + "/internal/platform/ctxkeys", "TraceID", "", 0},        // a shared package's key, unclaimed: free
		{mod + "/internal/legacy/keys", "userKey", "users", 11},       // an unclaimed package's key, claimed
		{mod + "/internal/legacy/keys", "otherKey", "", 0},            // an unclaimed package's key: free
		{"github.com/gin-gonic/gin", "ContextKey", "", 0},             // outside the module
	}
	for _, tt := range tests {
		o := s.OwnerOfContextKey(tt.pkg, tt.name)
		got := ""
		if o.Owner != nil {
			got = o.Owner.Name
		}
		if got != tt.owner || o.Claim.Pos.Line != tt.line {
			t.Errorf("OwnerOfContextKey(%s, %s) = %q at line %d, want %q at line %d", tt.pkg, tt.name, got, o.Claim.Pos.Line, tt.owner, tt.line)
		}
	}
}

func TestContextKeyClaimErrors(t *testing.T) {
	head := "version: 1\ncomponents:\n  payments:\n    packages: [internal/payments/...]\n  platform:\n    packages: [internal/platform/...]\n    shared: true\n  users:\n    packages: [internal/users/...]\n    owns:\n      context: "
	tests := []struct{ name, claims, want string }{
		{"no name", "[internal/platform/ctxkeys]",
			`11:17: component users owns context: context key "internal/platform/ctxkeys": write <package>.<Name> with the type, variable or constant used as the key, as in internal/platform/ctxkeys.TenantID`},
		{"not an identifier", "[internal/platform/ctxkeys.User-ID]",
			`11:17: component users owns context: context key "internal/platform/ctxkeys.User-ID": write <package>.<Name> with the type, variable or constant used as the key, as in internal/platform/ctxkeys.TenantID`},
		{"a subtree", "[internal/platform/....UserID]",
			`11:17: component users owns context: context key "internal/platform/....UserID": write <package>.<Name> with the type, variable or constant used as the key, as in internal/platform/ctxkeys.TenantID`},
		{"module path", "[example.com/monolith/internal/platform/ctxkeys.UserID]",
			"11:17: context key example.com/monolith/internal/platform/ctxkeys.UserID starts with the module path example.com/monolith; keys are module-relative, so write internal/platform/ctxkeys.UserID"},
		{"twice", "[internal/platform/ctxkeys.UserID, internal/platform/ctxkeys.UserID]",
			"11:51: context key internal/platform/ctxkeys.UserID is claimed by both users and users; give it to one component"},
		{"in another component", "[internal/payments/api.accountKey]",
			"11:17: context key internal/payments/api.accountKey is declared in component payments, which owns it; claim only keys of shared or unclaimed packages"},
		{"empty string key", "[\"string:\"]",
			`11:17: component users owns context: context key "string:": write string:<key> with the key gin's or echo's context is set with, as in string:merchant_id`},
		{"string key twice", "[string:tenant, string:tenant]",
			"11:32: context key string:tenant is claimed by both users and users; give it to one component"},
		{"not a list", "internal/platform/ctxkeys.UserID",
			"11:16: component users owns context must be a list; write [internal/platform/ctxkeys.UserID]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(FileName, []byte(head+tt.claims+"\n"), mod)
			if err == nil {
				t.Fatalf("Parse accepted %s", tt.claims)
			}
			if got, want := err.Error(), FileName+":"+tt.want; got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestOwnerOfStringKey: a string key of gin's or echo's context belongs to
// the component that claims it as string:<key>, and only a claim decides
// in the spec (the analyzer infers the rest from the code that sets it).
func TestOwnerOfStringKey(t *testing.T) {
	s := mustParse(t, contextSpec)
	if o := s.OwnerOfStringKey("merchant_id"); o.Owner == nil || o.Owner.Name != "users" || o.Claim.Pos.Line != 11 || o.Claim.Pattern != "string:merchant_id" {
		t.Errorf("OwnerOfStringKey(merchant_id) = %+v, want users at line 11", o)
	}
	if o := s.OwnerOfStringKey("UserID"); o.Owner != nil {
		t.Errorf("OwnerOfStringKey(UserID) = %s, want none: a key declared in Go is not a string key", o.Owner.Name)
	}
	if o := s.OwnerOfContextKey(mod, "merchant_id"); o.Owner != nil && o.Claim.Pattern == "string:merchant_id" {
		t.Error("OwnerOfContextKey matched a string key claim")
	}
	if errs := s.Unmatched([]string{"internal/payments", "internal/platform", "internal/platform/ctxkeys", "internal/users", "internal/legacy/keys"}); len(errs) != 0 {
		t.Errorf("Unmatched: a string key names no package, got %v", errs)
	}
}

// TestUnmatchedContextKey: a claim whose package is not in the module names
// nothing; whether the package declares the name is checked by the
// analyzer, which sees its code.
func TestUnmatchedContextKey(t *testing.T) {
	s := mustParse(t, contextSpec)
	errs := s.Unmatched([]string{"internal/payments", "internal/platform", "internal/platform/ctxkeys", "internal/users"})
	want := "boundaries.yaml:11:51: context key internal/legacy/keys.userKey of component users names package internal/legacy/keys, which is not a package of module example.com/monolith; fix the claim or remove it"
	if got := errs.Error(); !strings.Contains(got, want) || len(errs) != 1 {
		t.Errorf("Unmatched:\n%s\nwant\n%s", got, want)
	}
}
