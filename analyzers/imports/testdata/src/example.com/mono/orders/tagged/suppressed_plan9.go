package tagged

//boundarylint:ignore the Plan 9 port reads stock directly until it is retired
import "example.com/mono/inventory/stock"

// Count exists on Plan 9 only.
func Count() int { stock.Reserve("y"); return 0 }
