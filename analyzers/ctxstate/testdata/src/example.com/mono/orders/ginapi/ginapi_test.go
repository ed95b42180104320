package ginapi

import (
	"testing"

	"github.com/gin-gonic/gin"
)

// TestShow sets merchants' key as its middleware would: setup, which does
// not make orders its owner (the reads in ginapi.go stay reported), though
// the write itself is one.
func TestShow(t *testing.T) {
	c := &gin.Context{}
	c.Set("merchant_id", "m1") // want `orders sets context value "merchant_id", owned by component merchants`
	Show(c)
}
