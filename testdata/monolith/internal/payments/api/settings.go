package api

import (
	"os"
	"strconv"
)

// RetryLimit is how often a declined charge is retried: a setting of
// payments, read through a getter. boundarylint infers that the getter
// returns PAYMENTS_RETRY_LIMIT, so a call from another component is a read
// of payments' variable.
func RetryLimit() int {
	n, err := strconv.Atoi(os.Getenv("PAYMENTS_RETRY_LIMIT"))
	if err != nil {
		return 3
	}
	return n
}
