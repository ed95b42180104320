// Package testexempt is checked with tests: {ctxstate: exempt}: its code
// is checked, its tests are not.
package testexempt

import "example.com/mono/payments/api"

func HookCount() int { return len(api.Hooks) } // want `orders reads payments/api.Hooks`
