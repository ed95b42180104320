package orders

import (
	"os"
	"testing"
)

func TestMode(t *testing.T) {
	_ = os.Getenv("ORDERS_DEBUG")
	_ = Mode()
}
