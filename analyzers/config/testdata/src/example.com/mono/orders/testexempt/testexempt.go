package testexempt

import "os"

// Mode is production code: tests: {config: exempt} leaves it checked.
func Mode() string { return os.Getenv("PAYMENTS_MODE") } // want `orders reads env PAYMENTS_MODE, owned`
