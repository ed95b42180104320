// Command api wires billing and the public orders package.
package main

import (
	_ "example.com/gen/internal/billing/core"
	_ "example.com/gen/pkg/orders"
)

func main() {}
