//go:build release

package tagged

import "example.com/mono/inventory/stock" // finding: imports/forbidden

// Reserve exists in release builds only.
func Reserve() { stock.Reserve("x") }
