package archdoc

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modspec"
)

// TestAPISectionOrder: the api section lists the api packages the run
// described by component, in the order of the named components, each
// component's in module-package order (the order of Input.Packages, not
// of Input.API); a component without an api key says so, and an api
// package the run did not describe (every file behind a build
// constraint: go vet has no unit for it) is left out.
func TestAPISectionOrder(t *testing.T) {
	spec, err := modspec.Load(filepath.Join("..", "..", "testdata", "monolith", "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	in := &Input{Spec: spec,
		Packages: []string{"internal/payments/webhook", "internal/orders/service", "internal/orders/httpapi", "internal/payments/api", "internal/orders/model"},
		API: []finding.APIPackage{
			{Path: "internal/orders/model", Decls: []string{"type Order struct{}"}},
			{Path: "internal/orders/service", Decls: []string{"func Place()"}},
			{Path: "internal/payments/api", Decls: []string{"func Charge()"}, Private: []string{"internal/payments/store"}},
			{Path: "internal/payments/webhook", Decls: []string{"type Handler struct{}"}},
		}}
	got, err := Generate(in, Section{Kind: "api", Args: []string{"payments", "inventory", "orders"}})
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for line := range strings.Lines(got) {
		if strings.HasPrefix(line, "### ") || strings.HasPrefix(line, "#### ") || strings.HasPrefix(line, "No `api` key") {
			heads = append(heads, strings.TrimSpace(line))
		}
	}
	want := []string{
		"### `payments` API", "#### `internal/payments/webhook`", "#### `internal/payments/api`",
		"### `inventory` API", "No `api` key: every package of the component is its API.",
		"### `orders` API", "#### `internal/orders/service`", "#### `internal/orders/model`",
	}
	if strings.Join(heads, "\n") != strings.Join(want, "\n") {
		t.Errorf("api section headings:\n%s\nwant:\n%s\nsection:\n%s", strings.Join(heads, "\n"), strings.Join(want, "\n"), got)
	}
	if !strings.Contains(got, "```go\nfunc Charge()\n```\n\nExposes packages outside the api (callers need them to use these declarations): `internal/payments/store`.\n") {
		t.Errorf("payments/api's declarations or exposed packages missing:\n%s", got)
	}
}
