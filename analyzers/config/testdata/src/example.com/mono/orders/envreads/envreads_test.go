package envreads_test

import (
	"os"
	"testing"
)

// An external test package belongs to its package's component. Its writes
// of another component's env vars are setup, not reported (tests: setup is
// exempt by default); its reads are.
func TestReads(t *testing.T) {
	t.Setenv("ORDERS_MODE", "test")
	t.Setenv("PAYMENTS_MODE", "test")
	var tb testing.TB = t
	tb.Setenv("STRIPE_KEY", "")
	if os.Getenv("STRIPE_SECRET_KEY") == "" { // want `orders reads env STRIPE_SECRET_KEY, owned`
		t.Skip()
	}
}
