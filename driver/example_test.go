package driver_test

import (
	"fmt"
	"log"
	"path/filepath"

	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/modspec"
)

// Custom tooling runs the checks as a library and gets the findings, the
// component edges and the unclaimed packages as data: here, the import
// rules on the example monolith.
func ExampleImports() {
	dir := filepath.Join("..", "testdata", "monolith")
	spec, err := modspec.Load(filepath.Join(dir, "boundaries.yaml"))
	if err != nil {
		log.Fatal(err)
	}
	res, err := driver.Imports(driver.Config{Spec: spec, Dir: dir})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range res.Edges {
		fmt.Printf("edge %s -> %s (%d imports)\n", e.From, e.To, len(e.Imports))
	}
	abs, _ := filepath.Abs(dir)
	for _, f := range res.Findings {
		file, _ := filepath.Rel(abs, f.Pos.File)
		fmt.Printf("%s:%d [%s]\n", filepath.ToSlash(file), f.Pos.Line, f.Rule)
	}
	fmt.Println("unclaimed:", res.Unclaimed)
	// Output:
	// edge inventory -> orders (1 imports)
	// edge inventory -> platform (1 imports)
	// edge orders -> inventory (2 imports)
	// edge orders -> payments (5 imports)
	// edge orders -> platform (4 imports)
	// edge payments -> platform (3 imports)
	// edge platform -> users (1 imports)
	// edge server -> inventory (1 imports)
	// edge server -> orders (2 imports)
	// edge server -> payments (4 imports)
	// edge server -> platform (2 imports)
	// internal/inventory/stock/stock.go:8 [imports/cycle]
	// internal/inventory/stock/stock.go:8 [imports/forbidden]
	// internal/legacy/reports/reports.go:3 [imports/unassigned]
	// internal/orders/checkout/checkout.go:6 [imports/reserved]
	// internal/orders/service/service.go:12 [imports/private]
	// internal/payments/store/store.go:9 [imports/isolated]
	// unclaimed: [internal/legacy/reports]
}
