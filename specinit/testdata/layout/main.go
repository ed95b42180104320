// Command gen is the module's root package.
package main

import _ "example.com/gen/internal/billing/core"

func main() {}
