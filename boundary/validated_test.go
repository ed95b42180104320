package boundary

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// sameAsValidated checks that ParseValidated, told that src's content was
// validated, builds the Spec that Parse built: validate, which it skips,
// must compute nothing the queries read.
func sameAsValidated(t *testing.T, src string, want *Spec) {
	t.Helper()
	got, err := ParseValidated(FileName, []byte(src), mod, Found{}, want.Hash)
	if err != nil {
		t.Fatalf("ParseValidated of a spec Parse accepted: %v", err)
	}
	// The owner memo caches ComponentOf, which validate asks: a cache, not
	// what the queries answer.
	a, b := *got, *want
	a.owners, b.owners = nil, nil
	if !reflect.DeepEqual(a, b) {
		t.Errorf("ParseValidated built another spec than Parse:\n got %+v\nwant %+v", a, b)
	}
}

func TestParseValidatedBuildsTheSameSpec(t *testing.T) {
	monolith, err := os.ReadFile(filepath.Join("..", "testdata", "monolith", FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{realistic, rules, owners, contextSpec, cycleSpec, string(monolith)} {
		want, err := Parse(FileName, []byte(src), mod)
		if err != nil {
			t.Fatal(err)
		}
		sameAsValidated(t, src, want)
	}
}

// TestParseValidatedSkipsOnlyWhenTheHashMatches: a spec that only
// validate rejects passes when its hash is the one validated, and fails as
// Parse fails with no hash or another one; an error in decoding fails
// whatever the hash.
func TestParseValidatedSkipsOnlyWhenTheHashMatches(t *testing.T) {
	const undeclared = "version: 1\ncomponents:\n  a: {packages: [a/...], depends_on: [nosuch]}\n"
	const undecodable = "version: 2\ncomponents:\n  a: {packages: [a/...]}\n"
	hash := func(src string) string {
		sum := sha256.Sum256([]byte(src))
		return hex.EncodeToString(sum[:])
	}
	for _, tc := range []struct {
		src, validated string
		ok             bool
	}{
		{undeclared, hash(undeclared), true},
		{undeclared, "", false},
		{undeclared, hash(undecodable), false},
		{undecodable, hash(undecodable), false},
	} {
		_, want := Parse(FileName, []byte(tc.src), mod)
		s, err := ParseValidated(FileName, []byte(tc.src), mod, Found{}, tc.validated)
		switch {
		case tc.ok && err != nil:
			t.Errorf("ParseValidated(%q, its own hash): %v, want the checks skipped", tc.src, err)
		case tc.ok && s.Component("a") == nil:
			t.Errorf("ParseValidated(%q, its own hash) lost component a", tc.src)
		case !tc.ok && (err == nil || err.Error() != want.Error()):
			t.Errorf("ParseValidated(%q, %.12s): %v, want Parse's error %v", tc.src, tc.validated, err, want)
		}
	}
}
