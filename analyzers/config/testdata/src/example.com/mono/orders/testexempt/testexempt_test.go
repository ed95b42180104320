package testexempt

import (
	"os"
	"testing"
)

// With tests: {config: exempt}, nothing in a test file is reported, reads
// included.
func TestMode(t *testing.T) {
	if os.Getenv("STRIPE_SECRET_KEY") == "" {
		t.Skip()
	}
	t.Setenv("PAYMENTS_MODE", "test")
}
