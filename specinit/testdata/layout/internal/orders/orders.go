// Package orders takes orders.
package orders

import _ "example.com/gen/internal/billing/core"
