package envreads_test

import (
	"os"
	"testing"
)

// An external test package belongs to its package's component.
func TestReads(t *testing.T) {
	t.Setenv("ORDERS_MODE", "test")
	t.Setenv("PAYMENTS_MODE", "test") // want `orders writes env PAYMENTS_MODE, owned`
	var tb testing.TB = t
	tb.Setenv("STRIPE_KEY", "")               // want `orders writes env STRIPE_KEY, owned`
	if os.Getenv("STRIPE_SECRET_KEY") == "" { // want `orders reads env STRIPE_SECRET_KEY, owned`
		t.Skip()
	}
}
