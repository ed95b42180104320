package boundary

import (
	"reflect"
	"strings"
	"testing"
)

func TestUnmatched(t *testing.T) {
	s := mustParse(t, `version: 1
components:
  payments:
    packages: [internal/payments/..., internal/paymentz]
    api: [internal/payments/api, internal/payments/apis/...]
  legacy:
    packages: ["...", internal/old/...]
  web:
    packages: [web/..., internal/payments/web/...]
  tools:
    packages: [tools/...]
  gen:
    packages: [tools/gen, tools/gen/...]
`)
	pkgs := []string{".", "internal/payments", "internal/payments/api", "internal/payments/web", "web", "tools/gen"}
	want := []string{
		"boundaries.yaml:4:39: package pattern internal/paymentz of component payments matches no package of module example.com/monolith; fix the path or remove it",
		"boundaries.yaml:5:34: api pattern internal/payments/apis/... of component payments matches no package of module example.com/monolith; fix the path or remove it",
		"boundaries.yaml:7:23: package pattern internal/old/... of component legacy matches no package of module example.com/monolith; fix the path or remove it",
		"boundaries.yaml:11:16: package pattern tools/... of component tools gives it no package: every package it matches goes to a more specific pattern of another component (tools/gen to gen); remove it or narrow the other pattern",
	}
	var got []string
	for _, e := range s.Unmatched(pkgs) {
		got = append(got, e.Error())
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Unmatched:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if errs := s.Unmatched(append(pkgs, "internal/paymentz", "internal/payments/apis", "internal/old", "tools/x")); len(errs) != 0 {
		t.Errorf("Unmatched with every pattern matching: %v", errs)
	}
}

// TestFindSpecCannotRead checks that a spec that exists but cannot be read,
// or a near-miss name, is an error distinct from having no spec: go vet
// would otherwise pass silently, checking nothing.
