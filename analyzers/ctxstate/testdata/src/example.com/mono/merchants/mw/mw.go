// Package mw is merchants' gin middleware: it sets string keys, which makes // want package:"sets string keys merchant, merchant_id"
// merchants their owner, and hands them out through accessors.
package mw

import "github.com/gin-gonic/gin"

// Merchant is what the middleware finds for the request.
type Merchant struct{ ID string }

// Load sets the merchant and its ID for the handlers after it.
func Load() gin.HandlerFunc { // want Load:"^sets string:merchant in the handler it returns; sets string:merchant_id in the handler it returns$"
	return func(c *gin.Context) {
		c.Set("merchant", &Merchant{ID: "m1"})
		c.Set("merchant_id", "m1")
		c.Next()
	}
}

// MerchantID hands out the ID: an accessor.
func MerchantID(c *gin.Context) string { return c.GetString("merchant_id") } // want MerchantID:"^hands out string:merchant_id as result 0$"

// Current hands out the merchant, asserted after the lookup: an accessor.
func Current(c *gin.Context) *Merchant { // want Current:"^hands out string:merchant as result 0$"
	v, ok := c.Get("merchant")
	if !ok {
		return nil
	}
	m, _ := v.(*Merchant)
	return m
}

// Has only says whether the merchant is there: no accessor.
func Has(c *gin.Context) bool {
	_, ok := c.Get("merchant")
	return ok
}
