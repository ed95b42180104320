package envreads_test

import (
	"os"
	"testing"
)

// An external test package belongs to its package's component.
func TestReads(t *testing.T) {
	t.Setenv("ORDERS_MODE", "test")
	if os.Getenv("STRIPE_SECRET_KEY") == "" { // want `orders reads env STRIPE_SECRET_KEY, owned`
		t.Skip()
	}
}
