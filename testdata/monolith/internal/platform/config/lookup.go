package config

import (
	"os"
	"strings"
)

// String returns the setting with a dotted key such as "orders.max_items",
// read from the environment variable the key names (ORDERS_MAX_ITEMS).
// boundaries.yaml declares it under config.accessors, so the config
// analyzer checks the key each caller passes.
func String(key string) string {
	return os.Getenv(strings.ToUpper(strings.ReplaceAll(key, ".", "_")))
}
