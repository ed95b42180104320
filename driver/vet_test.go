package driver

import (
	"strings"
	"testing"
)

func TestCheckedBy(t *testing.T) {
	in := checkedBy("example.com/m", "internal", []string{"./orders/...", "./users", "example.com/m/cmd/..."})
	for pkg, want := range map[string]bool{
		"example.com/m/internal/orders":       true,
		"example.com/m/internal/orders/model": true,
		"example.com/m/internal/ordersx":      false,
		"example.com/m/internal/users":        true,
		"example.com/m/internal/users/store":  false,
		"example.com/m/cmd/server":            true,
		"example.com/m/internal":              false,
	} {
		if got := in(pkg); got != want {
			t.Errorf("%s: checked = %v, want %v", pkg, got, want)
		}
	}
	if all := checkedBy("example.com/m", ".", []string{"./..."}); !all("example.com/m") || !all("example.com/m/a/b") {
		t.Errorf("./... at the module root does not cover the module")
	}
}

func TestDecodeVetJSON(t *testing.T) {
	out := `{}
{"example.com/m/a [example.com/m/a.test]": {"imports": [{"category": "imports/private", "posn": "/m/a/a.go:3:2", "message": "bad"}]}}
{"example.com/m/a": {"imports": [{"category": "imports/private", "posn": "/m/a/a.go:3:2", "message": "bad"}], "ignores": [{"posn": "/m/a/a.go:4:1", "message": "unused"}]}}
`
	got, err := decodeVetJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	got = sortFindings(got)
	if len(got) != 2 {
		t.Fatalf("want the test variant's repeat dropped, 2 findings; got %+v", got)
	}
	if f := got[0]; f.Rule != "imports/private" || f.FromPackage != "example.com/m/a" || f.Pos.Line != 3 || f.Pos.Column != 2 || f.Pos.File != "/m/a/a.go" {
		t.Errorf("first finding = %+v", f)
	}
	if f := got[1]; f.Rule != "ignores" || f.Analyzer != "ignores" {
		t.Errorf("a finding without a category: rule %q, analyzer %q", f.Rule, f.Analyzer)
	}

	_, err = decodeVetJSON(strings.NewReader(`{"example.com/m/a": {"imports": {"error": "spec: boom"}}}`))
	if err == nil || !strings.Contains(err.Error(), "spec: boom") {
		t.Errorf("an analyzer error must fail the run; got %v", err)
	}
}
