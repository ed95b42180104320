package stock

import (
	"os"
	"strconv"
	"strings"
)

// Limit is the most units of sku one order may reserve.
func Limit(sku string) int {
	if n, err := strconv.Atoi(os.Getenv(limitVar(sku))); err == nil { // violation (unverifiable config key): inventory sets strict_config
		return n
	}
	n, _ := strconv.Atoi(os.Getenv("INVENTORY_DEFAULT_LIMIT"))
	return n
}

// limitVar names the variable that overrides the limit of one SKU.
func limitVar(sku string) string { return "INVENTORY_LIMIT_" + strings.ToUpper(sku) }
