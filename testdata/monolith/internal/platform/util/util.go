// Package util collects helpers every component uses. It grew a dependency
// on users for DisplayName, which is how an isolated component ends up
// reaching users without importing it.
package util

import (
	"fmt"
	"strings"

	"example.com/monolith/internal/users"
)

// Money formats minor units as a decimal amount with its currency.
func Money(minor int64, currency string) string {
	return fmt.Sprintf("%d.%02d %s", minor/100, minor%100, strings.ToUpper(currency))
}

// DisplayName is the name shown on receipts and order confirmations.
func DisplayName(id int64) string {
	u, ok := users.Lookup(id)
	if !ok {
		return fmt.Sprintf("customer #%d", id)
	}
	return u.Name
}
