// Package testsetup's tests set payments' state and context values, which
// is setup (tests: setup is exempt by default), and read them, which is
// reported.
package testsetup

import "example.com/mono/payments/api"

func HookCount() int { return len(api.Hooks) } // want `orders reads payments/api.Hooks`
