//go:build ignore

// A generator run with go run gen.go: a program of its own, not part of
// the package, so its imports are not the package's.
package main

import "example.com/mono/inventory/stock"

func main() { stock.Reserve("gen") }
