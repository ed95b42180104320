// Package flagged has one finding, whatever path the spec is cited by.
package flagged

import "example.com/mono/payments/api"

func Write() {
	api.DefaultRetries = 5 // want `orders writes payments/api.DefaultRetries, a package variable of component payments \(.*boundaries.yaml:7\)`
}
