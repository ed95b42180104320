package db // want package:"imports }"

import "strings"

// Quote quotes an identifier.
func Quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
