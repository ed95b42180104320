// Package handlers reads merchants' own keys: no finding.
package handlers

import (
	"example.com/mono/merchants/mw"
	"github.com/gin-gonic/gin"
)

// Show reads the keys its own middleware sets.
func Show(c *gin.Context) {
	_ = mw.MerchantID(c)
	_ = c.MustGet("merchant")
	_ = c.GetString("merchant_id")
}
