// Package quiet is claimed by no component: it may read anything, and
// with -findings it still tells drivers which claims it uses.
package quiet // want `uses claims boundaries.yaml:6:25`

import "os"

func Read() string { return os.Getenv("STRIPE_SECRET_KEY") } // want Read:"gets env STRIPE_SECRET_KEY"
