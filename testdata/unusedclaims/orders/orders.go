// Package orders reads payments' variable through its getter.
package orders

import "example.com/unusedclaims/payments"

func Mode() string { return payments.Mode() }
