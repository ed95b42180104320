package testexempt

import "os"

// Mode is production code: tests: {config: exempt} leaves it checked.
func Mode() string { return os.Getenv("PAYMENTS_MODE") } // want Mode:"gets env PAYMENTS_MODE" `orders reads env PAYMENTS_MODE, owned`
